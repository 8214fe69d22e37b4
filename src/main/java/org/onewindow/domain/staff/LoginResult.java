package org.onewindow.domain.staff;

/** The answer to a login attempt: the user, or a reason for the login screen. */
public sealed interface LoginResult {

    record SignedIn(User user) implements LoginResult {
    }

    /**
     * The password was right, but an administrator set it: its owner chooses a new one before working (the window
     * shows the password-change form; nothing else is open to them yet).
     */
    record PasswordChangeRequired(User user) implements LoginResult {
    }

    record Refused(String message) implements LoginResult {
    }
}
