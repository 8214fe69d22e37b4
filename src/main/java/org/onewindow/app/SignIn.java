package org.onewindow.app;

import java.util.Arrays;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.User;
import org.onewindow.store.UserAccounts;

/** Signing in at the window, offline against the hashes kept here, and a supervisor's confirmation on the spot. */
public final class SignIn {

    private final UserAccounts users;

    SignIn(UserAccounts users) {
        this.users = users;
    }

    public LoginResult login(String userId, char[] password) {
        return users.login(userId, password);
    }

    /**
     * A supervisor (窗口负责人) confirming with their own name and password: the user, or
     * {@link org.onewindow.domain.Problem.NotPermitted} saying why not. The typed password is wiped afterwards.
     */
    public User confirmSupervisor(Credentials typed) {
        char[] password = typed.password().toCharArray();
        try {
            return users.confirmSupervisor(typed.username(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
