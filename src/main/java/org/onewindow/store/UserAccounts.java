package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;

/**
 * The people who may sign in at this device. Login works offline against slow salted hashes;
 * after {@link #MAX_FAILURES} wrong passwords in a row an account is locked for {@link #LOCKOUT}.
 * The demo accounts exist only where the window was started with its demo flag, and go when it enrolls; a password an
 * administrator set is changed by its owner at the first sign-in; an account the centre disables, or whose person
 * moved to another hall, stops signing in here at the next pull.
 */
public final class UserAccounts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final String WRONG = "用户名或密码错误";
    /** Checked when the user does not exist, so an unknown name takes as long as a wrong password. */
    private static final String DECOY = PasswordHash.encode(PasswordHash.ITERATIONS, new byte[16], new byte[32]);

    private final Database database;
    private final Clock clock;

    UserAccounts(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The demo accounts seeded on a window started with the demo flag; their passwords are in the README. */
    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("clerk01", "王晓梅", Role.CLERK, "Clerk@2026"),
            new DemoAccount("super01", "李建国", Role.SUPERVISOR, "Super@2026"),
            new DemoAccount("agent01", "赵春燕", Role.AGENT, "Agent@2026"),
            new DemoAccount("admin01", "陈志强", Role.ADMINISTRATOR, "Admin@2026"));

    public record DemoAccount(String userId, String displayName, Role role, String password) {
    }

    /** Seeds the demo accounts when no account exists yet; returns whether it did. */
    public boolean seedDemoAccountsIfEmpty() {
        if (count() > 0) {
            return false;
        }
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            create(demo.userId(), demo.displayName(), demo.role(), demo.password().toCharArray(), "SEEDED");
        }
        return true;
    }

    /** Adds a local account; refuses an id that exists. */
    public User create(String userId, String displayName, Role role, char[] password) {
        return create(userId, displayName, role, password, "LOCAL");
    }

    private User create(String userId, String displayName, Role role, char[] password, String origin) {
        if (userId == null || !userId.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new Problem.InvalidInput("用户名只能由2至64位字母、数字、点、下划线或连字符组成");
        }
        if (password == null || password.length < 8) {
            throw new Problem.InvalidInput("密码至少8位");
        }
        String hash = PasswordHash.hash(password);
        database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO user_account (user_id, display_name, role, "
                    + "password_hash, origin, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING")) {
                insert.setString(1, userId);
                insert.setString(2, displayName);
                insert.setString(3, role.name());
                insert.setString(4, hash);
                insert.setString(5, origin);
                insert.setString(6, clock.instant().toString());
                if (insert.executeUpdate() == 0) {
                    throw new Problem.InvalidInput("用户名已存在：" + userId);
                }
            }
            return null;
        });
        return new User(userId, displayName, role);
    }

    /** Removes the demo accounts (an enrolling window), inside the caller's transaction. */
    static void removeDemoAccounts(Connection c) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM user_account WHERE origin = 'SEEDED'")) {
            delete.executeUpdate();
        }
    }

    /** Signs in offline. The message never says whether the name or the password was wrong. */
    public LoginResult login(String userId, char[] password) {
        Account account = userId == null ? null : database.read(c -> load(c, userId));
        if (account == null) {
            PasswordHash.verify(password == null ? new char[0] : password, DECOY);
            return new LoginResult.Refused(WRONG);
        }
        Instant now = clock.instant();
        if (account.lockedUntil != null && now.isBefore(account.lockedUntil)) {
            return new LoginResult.Refused(lockedMessage(account.lockedUntil));
        }
        boolean matches = PasswordHash.verify(password == null ? new char[0] : password, account.passwordHash);
        if (matches && account.active) {
            recordAttempt(userId, 0, null);
            return account.mustChangePassword ? new LoginResult.PasswordChangeRequired(account.user)
                    : new LoginResult.SignedIn(account.user);
        }
        if (!account.active) {
            return new LoginResult.Refused("账号已停用，请联系系统管理员");
        }
        int failures = account.failedAttempts + 1;
        Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCKOUT) : null;
        recordAttempt(userId, lockedUntil == null ? failures : 0, lockedUntil);
        if (lockedUntil != null) {
            return new LoginResult.Refused("连续" + MAX_FAILURES + "次密码错误，" + lockedMessage(lockedUntil));
        }
        return new LoginResult.Refused(WRONG + "（再错" + (MAX_FAILURES - failures) + "次将锁定账号）");
    }

    /**
     * A supervisor confirming an action on the spot (不予受理, 作废): their own id and password.
     * Throws {@link Problem.NotPermitted} with the reason when it is not a supervisor's.
     */
    public User confirmSupervisor(String userId, char[] password) {
        LoginResult result = login(userId, password);
        if (result instanceof LoginResult.Refused refused) {
            throw new Problem.NotPermitted("负责人确认失败：" + refused.message());
        }
        if (result instanceof LoginResult.PasswordChangeRequired) {
            throw new Problem.NotPermitted("负责人确认失败：该账号须先登录并修改管理员设定的初始密码");
        }
        User user = ((LoginResult.SignedIn) result).user();
        if (user.role() != Role.SUPERVISOR) {
            throw new Problem.NotPermitted("须由窗口负责人确认，" + user.displayName() + "的身份是" + user.role().label());
        }
        return user;
    }

    /**
     * Takes the accounts sent down by the central store: new ones are added, known ones get the
     * central name, role, hash and active flag; local lockout counters are kept.
     */
    public void applyFromCentral(List<SyncedUser> users) {
        database.write(c -> {
            upsertFromCentral(c, users, clock.instant());
            return null;
        });
    }

    /**
     * The same inside the caller's transaction (sync applies a pulled page in one transaction). An account whose hash
     * is not of the form this window checks is taken as disabled, never as a reason to refuse the whole page.
     */
    static void upsertFromCentral(Connection c, List<SyncedUser> users, Instant now)
            throws SQLException {
        for (SyncedUser user : users) {
            Objects.requireNonNull(user.role(), "role");
        }
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO user_account (user_id, display_name, role, "
                + "password_hash, active, must_change_password, origin, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'CENTRAL', ?) "
                + "ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, "
                + "password_hash = excluded.password_hash, active = excluded.active, "
                + "must_change_password = excluded.must_change_password, origin = 'CENTRAL', "
                + "updated_at = excluded.updated_at")) {
            for (SyncedUser user : users) {
                boolean usable = PasswordHash.wellFormed(user.passwordHash());
                upsert.setString(1, user.userId());
                upsert.setString(2, user.displayName());
                upsert.setString(3, user.role().name());
                upsert.setString(4, usable ? user.passwordHash() : "");
                upsert.setInt(5, user.active() && usable ? 1 : 0);
                upsert.setInt(6, user.mustChangePassword() ? 1 : 0);
                upsert.setString(7, now.toString());
                upsert.executeUpdate();
            }
        }
    }

    /** People who left this hall (moved to another): their accounts stop signing in here. */
    static void depart(Connection c, List<String> userIds, Instant now) throws SQLException {
        if (userIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE user_account SET active = 0, password_hash = '', "
                + "updated_at = ? WHERE user_id = ? AND origin = 'CENTRAL'")) {
            for (String userId : userIds) {
                update.setString(1, now.toString());
                update.setString(2, userId);
                update.executeUpdate();
            }
        }
    }

    /** Whether the account was sent down by the centre (its password is the centre's to change). */
    public boolean isCentral(String userId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT origin FROM user_account WHERE user_id = ?")) {
                select.setString(1, userId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() && rs.getString(1).equals("CENTRAL");
                }
            }
        });
    }

    /**
     * A person changes the password of an account made at this window, knowing its current one. Central accounts are
     * changed at the centre (which checks the current password itself) and taken in with {@link #applyFromCentral}.
     */
    public User changeLocalPassword(String userId, char[] current, char[] next) {
        Account account = userId == null ? null : database.read(c -> load(c, userId));
        if (account == null || !account.active || !PasswordHash.verify(current, account.passwordHash)) {
            throw new Problem.NotPermitted("原密码不正确");
        }
        if (next == null || next.length < 8 || java.util.Arrays.equals(current, next)) {
            throw new Problem.InvalidInput("新密码至少8位，且不能与原密码相同");
        }
        String hash = PasswordHash.hash(next);
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE user_account SET password_hash = ?, "
                    + "must_change_password = 0, updated_at = ? WHERE user_id = ?")) {
                update.setString(1, hash);
                update.setString(2, clock.instant().toString());
                update.setString(3, userId);
                update.executeUpdate();
            }
            return null;
        });
        return account.user;
    }

    public long count() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM user_account"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void recordAttempt(String userId, int failures, Instant lockedUntil) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE user_account SET failed_attempts = ?, locked_until = ? WHERE user_id = ?")) {
                update.setInt(1, failures);
                update.setString(2, lockedUntil == null ? null : lockedUntil.toString());
                update.setString(3, userId);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static String lockedMessage(Instant until) {
        LocalTime time = LocalTime.ofInstant(until, CaseFold.ZONE);
        return "账号已锁定，请于" + time.format(DateTimeFormatter.ofPattern("HH:mm")) + "后再试或请窗口负责人协助";
    }

    private static Account load(Connection c, String userId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT display_name, role, password_hash, active, "
                + "failed_attempts, locked_until, must_change_password FROM user_account WHERE user_id = ?")) {
            select.setString(1, userId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String locked = rs.getString(6);
                return new Account(new User(userId, rs.getString(1), Role.valueOf(rs.getString(2))), rs.getString(3),
                        rs.getInt(4) == 1, rs.getInt(5), locked == null ? null : Instant.parse(locked), rs.getInt(7) == 1);
            }
        }
    }

    private record Account(User user, String passwordHash, boolean active, int failedAttempts, Instant lockedUntil,
                           boolean mustChangePassword) {
    }
}
