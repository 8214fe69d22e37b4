package org.onewindow.print;

/**
 * Printing failed (no such printer, printer offline, job refused). The message is Chinese and says
 * what to do; the case stays saved, so the caller offers to reprint.
 */
public final class PrintingException extends Exception {

    public PrintingException(String message, Throwable cause) {
        super(message, cause);
    }

    public PrintingException(String message) {
        super(message);
    }
}
