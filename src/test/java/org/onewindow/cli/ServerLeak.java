package org.onewindow.cli;

import io.javalin.Javalin;
import org.onewindow.central.CentralOptions;
import org.postgresql.Driver;

/**
 * Not a test and never run: a window class reaching for the central store, for ArchitectureTest to prove that its
 * rule refuses one (a rule that matches nothing would pass just as well).
 */
public final class ServerLeak {

    private ServerLeak() {
    }

    static Object server() {
        return Javalin.create();
    }

    static Object database() {
        return new Driver();
    }

    static Object options() {
        return CentralOptions.loopback(7443);
    }
}
