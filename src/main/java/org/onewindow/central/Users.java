package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.staff.Role;

/**
 * The people who work at the windows, managed centrally. Only password hashes are kept (in the
 * client store's format), and they sync down to the hall's devices so login works offline. Every
 * change is a new row version in the change feed, so a disable reaches the windows on their next pull.
 */
public final class Users {

    private static final String HASH_FORMAT = "[a-z0-9-]+\\$\\d+\\$[A-Za-z0-9+/=_-]+\\$[A-Za-z0-9+/=_-]+";

    private final DataSource dataSource;
    private final Clock clock;

    public Users(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Adds a user, or replaces an existing user's name, role, hall and password hash (and enables them). */
    public void put(UserAccount user) {
        if (!user.passwordHash().matches(HASH_FORMAT)) {
            throw ApiException.badRequest("口令散列格式不正确，应为 算法$迭代次数$盐$散列 （如 pbkdf2-sha256$310000$…$…）");
        }
        if (user.role() == Role.BACK_OFFICE) {
            throw ApiException.badRequest("审批科室不是窗口用户，请用 backoffice-add 登记其系统凭据");
        }
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO app_user (user_id, display_name, role, hall, password_hash) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                        hall = excluded.hall, password_hash = excluded.password_hash, disabled_at = NULL,
                        tx = pg_current_xact_id(), seq = nextval('change_seq')""")) {
                upsert.setString(1, user.userId());
                upsert.setString(2, user.displayName());
                upsert.setString(3, user.role().name());
                upsert.setString(4, user.hall());
                upsert.setString(5, user.passwordHash());
                return upsert.executeUpdate();
            }
        });
    }

    /** Disables a user from now on; events they recorded before stay valid. */
    public boolean disable(String userId) {
        Instant now = clock.instant();
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement disable = c.prepareStatement("""
                    UPDATE app_user SET disabled_at = ?, tx = pg_current_xact_id(), seq = nextval('change_seq')
                    WHERE user_id = ? AND disabled_at IS NULL""")) {
                disable.setTimestamp(1, Timestamp.from(now));
                disable.setString(2, userId);
                return disable.executeUpdate() == 1;
            }
        });
    }

    /** What the service needs to judge an event's actor. */
    record Standing(Role role, Instant disabledAt) {
        boolean activeAt(Instant moment) {
            return disabledAt == null || moment.isBefore(disabledAt);
        }
    }

    static Map<String, Standing> standings(Connection c, List<String> userIds) throws SQLException {
        Map<String, Standing> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT user_id, role, disabled_at FROM app_user WHERE user_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("text", userIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Timestamp disabled = row.getTimestamp(3);
                    found.put(row.getString(1), new Standing(Role.valueOf(row.getString(2)),
                            disabled == null ? null : disabled.toInstant()));
                }
            }
        }
        return found;
    }
}
