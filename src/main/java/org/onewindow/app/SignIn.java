package org.onewindow.app;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.User;
import org.onewindow.store.UserAccounts;
import org.onewindow.sync.CentralRefusedException;
import org.onewindow.sync.CentralUnreachableException;
import org.onewindow.sync.SyncService;

/**
 * Signing in at the window, offline against the hashes kept here; the password change a first sign-in asks for when
 * an administrator set the password; and a supervisor's confirmation on the spot.
 */
public final class SignIn {

    private final UserAccounts users;
    private final Supplier<Optional<SyncService>> centre;

    SignIn(UserAccounts users, Supplier<Optional<SyncService>> centre) {
        this.users = users;
        this.centre = centre;
    }

    public LoginResult login(String userId, char[] password) {
        return users.login(userId, password);
    }

    /**
     * The person changes their password, knowing the current one, and is signed in with the new one. An account the
     * centre sent down is changed at the centre, which checks the current password itself and tells the hall's other
     * windows; it needs the centre to be reachable. An account made at this window is changed here. Both typed
     * passwords are wiped afterwards.
     */
    public LoginResult changePassword(String userId, char[] current, char[] next) {
        try {
            if (next == null || next.length < 8 || Arrays.equals(current, next)) {
                throw new Problem.InvalidInput("新密码至少8位，且不能与原密码相同");
            }
            if (users.isCentral(userId)) {
                SyncService sync = centre.get().orElseThrow(() -> new Problem.CentreUnavailable(
                        "本机尚未注册中心库，不能修改中心下发账号的密码", null));
                try {
                    sync.changePassword(userId, current, next);
                } catch (CentralUnreachableException e) {
                    throw new Problem.CentreUnavailable("修改密码须连接中心库，目前无法连接：" + e.getMessage()
                            + "。请联网后再试，或请系统管理员协助", e);
                } catch (CentralRefusedException e) {
                    throw new Problem.NotPermitted("中心库未接受修改：" + e.getMessage());
                }
            } else {
                users.changeLocalPassword(userId, current, next);
            }
            return users.login(userId, next);
        } finally {
            if (current != null) {
                Arrays.fill(current, '\0');
            }
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
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
