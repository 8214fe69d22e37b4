package org.onewindow.sync;

/** The central store could not be reached or could not answer now (network down, server down, 5xx): try later. */
public final class CentralUnreachableException extends Exception {
    public CentralUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
