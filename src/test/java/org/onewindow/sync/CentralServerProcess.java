package org.onewindow.sync;

import java.time.Instant;
import org.onewindow.central.CentralDatabase;
import org.onewindow.central.CentralOptions;
import org.onewindow.central.CentralServer;
import org.onewindow.testing.TestClock;

/**
 * The central service alone in a child JVM, for the tests that SIGKILL it: over the test's PostgreSQL, on
 * loopback, on a clock that starts where the test's centre stands (so its enrollment codes are still valid).
 * Arguments: JDBC URL, port, the instant its clock starts at, the database role and its password. The central store's own program, {@code onewindow-central},
 * is tested by {@code CentralCommandLineTest} and {@code CentralDistributionIT}.
 */
public final class CentralServerProcess {

    public static void main(String[] args) {
        CentralDatabase database = CentralDatabase.connect(args[0], args[3], args[4], 8);
        CentralServer.start(database.dataSource(), TestClock.ticking(Instant.parse(args[2]).toString()),
                CentralOptions.loopback(Integer.parseInt(args[1])));
    }
}
