package org.onewindow.app;

/** A user name and password typed at the window, passed straight on to verification. */
public record Credentials(String username, String password) {

    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
