package org.onewindow.store;

/** The local database failed; the message says what could not be done, for the clerk and the log. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
