package org.onewindow.sync;

/** The central store answered and refused the request (4xx); its message says why, in Chinese. */
public final class CentralRefusedException extends Exception {

    private final int status;

    public CentralRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /**
     * On push or pull (which only ever carry this device's own events): the token is unknown or the
     * device was revoked, so syncing cannot go on until it is enrolled again.
     */
    public boolean deviceRefused() {
        return status == 401 || status == 403;
    }
}
