package org.onewindow.ui.login;

import java.time.Instant;
import org.onewindow.ui.app.Clerk;

/** What checking a user name and password offline can give. */
public sealed interface SignInOutcome {

    record SignedIn(Clerk clerk) implements SignInOutcome {
    }

    /** Unknown user or wrong password: the window does not say which. */
    record WrongCredentials(int attemptsLeft) implements SignInOutcome {
    }

    /** Too many wrong passwords in a row. */
    record LockedOut(Instant until) implements SignInOutcome {
    }

    /** The account was disabled by an administrator. */
    record Disabled() implements SignInOutcome {
    }
}
