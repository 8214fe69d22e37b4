package org.onewindow.cli;

import org.onewindow.store.DataDirectory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Logs go to a rolling file in the data directory; java.util.logging is routed there too. */
final class Logging {

    private Logging() {
    }

    static void start(DataDirectory data) {
        System.setProperty("onewindow.logs", data.logs().toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
