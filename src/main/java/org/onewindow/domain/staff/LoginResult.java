package org.onewindow.domain.staff;

/** The answer to a login attempt: the user, or a reason for the login screen. */
public sealed interface LoginResult {

    record SignedIn(User user) implements LoginResult {
    }

    record Refused(String message) implements LoginResult {
    }
}
