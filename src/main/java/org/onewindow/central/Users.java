package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.onewindow.codec.sync.PasswordChange;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.staff.Role;
import org.onewindow.codec.PasswordHashing;

/**
 * The people who work at the windows, managed centrally. Only password hashes are kept (in the client store's
 * format), and they sync down to the hall's devices so login works offline. Every change is a new row version in the
 * change feed, so a disable reaches the windows on their next pull; a move to another hall also leaves a departure in
 * the feed of the hall the person left, so its windows take the account away.
 */
public final class Users {

    private static final String HASH_FORMAT = "[a-z0-9-]+\\$\\d+\\$[A-Za-z0-9+/=_-]+\\$[A-Za-z0-9+/=_-]+";
    private static final String ADMINISTRATOR = "administrator";

    private final DataSource dataSource;
    private final Clock clock;

    public Users(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Adds a user, or replaces an existing user's name, role, hall and password hash (and enables them). */
    public void put(UserAccount user) {
        put(user, ADMINISTRATOR);
    }

    public void put(UserAccount user, String actor) {
        if (!user.passwordHash().matches(HASH_FORMAT)) {
            throw ApiException.badRequest("口令散列格式不正确，应为 算法$迭代次数$盐$散列 （如 pbkdf2-sha256$310000$…$…）");
        }
        if (user.role() == Role.BACK_OFFICE) {
            throw ApiException.badRequest("审批科室不是窗口用户，请用 backoffice-add 登记其系统凭据");
        }
        Sql.inTransaction(dataSource, c -> {
            String earlierHall = null;
            try (PreparedStatement select = c.prepareStatement("SELECT hall FROM app_user WHERE user_id = ? FOR UPDATE")) {
                select.setString(1, user.userId());
                try (ResultSet row = select.executeQuery()) {
                    earlierHall = row.next() ? row.getString(1) : null;
                }
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO app_user (user_id, display_name, role, hall, password_hash, must_change_password)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                        hall = excluded.hall, password_hash = excluded.password_hash, disabled_at = NULL,
                        must_change_password = excluded.must_change_password,
                        tx = pg_current_xact_id(), seq = nextval('change_seq')""")) {
                upsert.setString(1, user.userId());
                upsert.setString(2, user.displayName());
                upsert.setString(3, user.role().name());
                upsert.setString(4, user.hall());
                upsert.setString(5, user.passwordHash());
                upsert.setBoolean(6, user.mustChangePassword());
                upsert.executeUpdate();
            }
            if (earlierHall != null && !earlierHall.equals(user.hall())) {
                depart(c, user.userId(), earlierHall);
            }
            Audit.record(c, clock, actor, Audit.Action.USER_SAVED, user.userId(), user.role().name() + "，大厅 " + user.hall()
                    + (earlierHall != null && !earlierHall.equals(user.hall()) ? "（原大厅 " + earlierHall + "）" : "")
                    + (user.mustChangePassword() ? "，首次登录须改口令" : ""), "admin");
            return null;
        });
    }

    private static void depart(Connection c, String userId, String hall) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO user_departure (user_id, hall) VALUES (?, ?)")) {
            insert.setString(1, userId);
            insert.setString(2, hall);
            insert.executeUpdate();
        }
    }

    /** Disables a user from now on; events they recorded and the centre received before stay valid. */
    public boolean disable(String userId) {
        return disable(userId, ADMINISTRATOR);
    }

    public boolean disable(String userId, String actor) {
        Instant now = clock.instant();
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement disable = c.prepareStatement("""
                    UPDATE app_user SET disabled_at = ?, tx = pg_current_xact_id(), seq = nextval('change_seq')
                    WHERE user_id = ? AND disabled_at IS NULL""")) {
                disable.setTimestamp(1, Timestamp.from(now));
                disable.setString(2, userId);
                if (disable.executeUpdate() != 1) {
                    return false;
                }
            }
            Audit.record(c, clock, actor, Audit.Action.USER_DISABLED, userId, "", "admin");
            return true;
        });
    }

    /**
     * A person changes their own password at a window of their hall. The centre checks the current password against
     * its own hash (a window alone cannot change anyone's), keeps the new one's hash and clears the duty to change it;
     * the answer goes straight into the window, and every other window of the hall gets it on its next pull.
     */
    public UserAccount changePassword(Device device, PasswordChange change, String source) {
        char[] current = change.currentPassword().toCharArray();
        char[] next = change.newPassword().toCharArray();
        try {
            if (next.length < 8 || Arrays.equals(current, next)) {
                throw ApiException.badRequest("新口令至少 8 位，且不能与原口令相同");
            }
            return Sql.inTransaction(dataSource, c -> {
                UserAccount account;
                try (PreparedStatement select = c.prepareStatement("""
                        SELECT display_name, role, hall, password_hash, disabled_at IS NOT NULL FROM app_user
                        WHERE user_id = ? FOR UPDATE""")) {
                    select.setString(1, change.userId());
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next() || row.getBoolean(5) || !row.getString(3).equals(device.hall())
                                || !PasswordHashing.verify(current, row.getString(4))) {
                            throw ApiException.forbidden("用户名或原口令不正确，或该用户不属于本大厅");
                        }
                        account = new UserAccount(change.userId(), row.getString(1), Role.valueOf(row.getString(2)),
                                row.getString(3), PasswordHashing.hash(next), false, false);
                    }
                }
                try (PreparedStatement update = c.prepareStatement("""
                        UPDATE app_user SET password_hash = ?, must_change_password = false,
                            tx = pg_current_xact_id(), seq = nextval('change_seq') WHERE user_id = ?""")) {
                    update.setString(1, account.passwordHash());
                    update.setString(2, change.userId());
                    update.executeUpdate();
                }
                Audit.record(c, clock, device.deviceId(), Audit.Action.PASSWORD_CHANGED, change.userId(), "在窗口修改口令", source);
                return account;
            });
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(next, '\0');
        }
    }

    /** What the service needs to judge an event's actor: their role, hall, and whether they are disabled now. */
    record Standing(Role role, String hall, Instant disabledAt) {
        boolean active() {
            return disabledAt == null;
        }
    }

    static Map<String, Standing> standings(Connection c, List<String> userIds) throws SQLException {
        Map<String, Standing> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT user_id, role, hall, disabled_at FROM app_user WHERE user_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("text", userIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Timestamp disabled = row.getTimestamp(4);
                    found.put(row.getString(1), new Standing(Role.valueOf(row.getString(2)), row.getString(3),
                            disabled == null ? null : disabled.toInstant()));
                }
            }
        }
        return found;
    }
}
