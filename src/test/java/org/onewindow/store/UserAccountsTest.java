package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.testing.TestClock;

class UserAccountsTest {

    @TempDir
    Path dir;
    private final TestClock clock = StoreFixture.clockAt("2026-11-23T02:00:00Z");
    private ClientStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(dir, clock);
        store.users().create("clerk01", "王晓梅", Role.CLERK, "Clerk@2026".toCharArray());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void passwordsAreKeptAsSlowSaltedHashesInAnExplicitForm() {
        String first = PasswordHash.hash("Clerk@2026".toCharArray());
        String second = PasswordHash.hash("Clerk@2026".toCharArray());
        assertThat(first).startsWith("pbkdf2-sha256$210000$").isNotEqualTo(second);
        assertThat(PasswordHash.wellFormed(first)).isTrue();
        assertThat(PasswordHash.verify("Clerk@2026".toCharArray(), first)).isTrue();
        assertThat(PasswordHash.verify("clerk@2026".toCharArray(), first)).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "pbkdf2-sha256$abc$$")).isFalse();
    }

    @Test
    void signsInOfflineAndNeverSaysWhichPartWasWrong() {
        assertThat(store.users().login("clerk01", "Clerk@2026".toCharArray()))
                .isEqualTo(new LoginResult.SignedIn(new User("clerk01", "王晓梅", Role.CLERK)));
        LoginResult unknown = store.users().login("nobody", "Clerk@2026".toCharArray());
        assertThat(unknown).isEqualTo(new LoginResult.Refused("用户名或密码错误"));
        assertThat(store.users().login("clerk01", "wrong".toCharArray()))
                .isInstanceOfSatisfying(LoginResult.Refused.class, r -> assertThat(r.message()).startsWith("用户名或密码错误"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        for (int i = 0; i < UserAccounts.MAX_FAILURES; i++) {
            store.users().login("clerk01", "wrong".toCharArray());
        }
        assertThat(store.users().login("clerk01", "Clerk@2026".toCharArray()))
                .isInstanceOfSatisfying(LoginResult.Refused.class, r -> assertThat(r.message()).contains("账号已锁定"));
        clock.advance(UserAccounts.LOCKOUT.plus(Duration.ofSeconds(1)));
        assertThat(store.users().login("clerk01", "Clerk@2026".toCharArray())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void acceptsAccountsSentDownByTheCentralStoreAndRefusesMalformedHashes() {
        String hash = PasswordHash.hash("Agent@2026".toCharArray());
        store.users().applyFromCentral(List.of(new SyncedUser("agent07", "赵春燕", Role.AGENT, hash, true),
                new SyncedUser("clerk01", "王晓梅", Role.SUPERVISOR, hash, true)));

        assertThat(store.users().login("agent07", "Agent@2026".toCharArray())).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(store.users().confirmSupervisor("clerk01", "Agent@2026".toCharArray()).role()).isEqualTo(Role.SUPERVISOR);
        assertThatThrownBy(() -> store.users().applyFromCentral(List.of(
                new SyncedUser("x1", "x", Role.CLERK, "md5$abc", true)))).hasMessageContaining("密码哈希格式不正确");
    }

    @Test
    void aClerkCannotConfirmARefusal() {
        assertThatThrownBy(() -> store.users().confirmSupervisor("clerk01", "Clerk@2026".toCharArray()))
                .hasMessageContaining("须由窗口负责人确认");
    }

    @Test
    void demoAccountsAreSeededOnlyIntoAnEmptyStore() {
        assertThat(store.users().seedDemoAccountsIfEmpty()).isFalse();
        try (ClientStore fresh = ClientStore.open(DataDirectory.of(dir.resolve("fresh")), StoreFixture.CATALOG,
                org.onewindow.domain.calendar.WorkingCalendar.bundled(), clock)) {
            assertThat(fresh.users().count()).isEqualTo(UserAccounts.DEMO_ACCOUNTS.size());
            UserAccounts.DemoAccount supervisor = UserAccounts.DEMO_ACCOUNTS.get(1);
            assertThat(fresh.users().confirmSupervisor(supervisor.userId(), supervisor.password().toCharArray()).role())
                    .isEqualTo(Role.SUPERVISOR);
        }
    }
}
