package org.onewindow.central.cli;

import org.onewindow.store.DataDirectory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The service logs to a rolling file in the data directory, as the window does (the same logback.xml);
 * java.util.logging is routed there too. The window's launcher has its own copy: neither program may load the other's.
 */
final class Logging {

    private Logging() {
    }

    static void start(DataDirectory data) {
        System.setProperty("onewindow.logs", data.logs().toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
