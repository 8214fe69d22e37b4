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
        // One account the window cannot check is kept disabled; the page it came with is still taken.
        store.users().applyFromCentral(List.of(new SyncedUser("x1", "x", Role.CLERK, "md5$abc", true),
                new SyncedUser("agent08", "钱进", Role.AGENT, hash, true)));
        assertThat(store.users().login("x1", "md5".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        assertThat(store.users().login("agent08", "Agent@2026".toCharArray())).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aPasswordAnAdministratorSetIsChangedByItsOwnerAtTheFirstSignIn() {
        String hash = PasswordHash.hash("Set@byAdmin1".toCharArray());
        store.users().applyFromCentral(List.of(new SyncedUser("clerk09", "孙丽", Role.CLERK, hash, true, true)));
        store.users().create("local01", "周到", Role.CLERK, "Local@2026".toCharArray());

        assertThat(store.users().login("clerk09", "Set@byAdmin1".toCharArray()))
                .isEqualTo(new LoginResult.PasswordChangeRequired(new User("clerk09", "孙丽", Role.CLERK)));
        assertThatThrownBy(() -> store.users().confirmSupervisor("clerk09", "Set@byAdmin1".toCharArray()))
                .hasMessageContaining("初始密码");
        assertThatThrownBy(() -> store.users().changeLocalPassword("local01", "wrong".toCharArray(), "Newer@2026".toCharArray()))
                .hasMessageContaining("原密码不正确");
        store.users().changeLocalPassword("local01", "Local@2026".toCharArray(), "Newer@2026".toCharArray());
        assertThat(store.users().login("local01", "Newer@2026".toCharArray())).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(store.users().isCentral("clerk09")).isTrue();
        assertThat(store.users().isCentral("local01")).isFalse();
    }

    @Test
    void aClerkCannotConfirmARefusal() {
        assertThatThrownBy(() -> store.users().confirmSupervisor("clerk01", "Clerk@2026".toCharArray()))
                .hasMessageContaining("须由窗口负责人确认");
    }

    @Test
    void demoAccountsAreSeededOnlyWhenAskedIntoAnEmptyStoreAndGoWhenTheWindowEnrolls() {
        assertThat(store.users().seedDemoAccountsIfEmpty()).isFalse();
        try (ClientStore fresh = ClientStore.open(DataDirectory.of(dir.resolve("fresh")), StoreFixture.CATALOG,
                org.onewindow.domain.calendar.WorkingCalendar.bundled(), clock)) {
            assertThat(fresh.users().count()).as("an installation has no account of its own").isZero();
            assertThat(fresh.users().seedDemoAccountsIfEmpty()).isTrue();
            assertThat(fresh.users().count()).isEqualTo(UserAccounts.DEMO_ACCOUNTS.size());
            UserAccounts.DemoAccount supervisor = UserAccounts.DEMO_ACCOUNTS.get(1);
            assertThat(fresh.users().confirmSupervisor(supervisor.userId(), supervisor.password().toCharArray()).role())
                    .isEqualTo(Role.SUPERVISOR);
            fresh.users().create("local01", "周到", Role.CLERK, "Local@2026".toCharArray());

            fresh.recordEnrollment(fresh.device().deviceCode(), "https://central.example:7443", "token");

            assertThat(fresh.users().count()).as("the demo accounts go, the window's own stay").isEqualTo(1);
            assertThat(fresh.users().login(supervisor.userId(), supervisor.password().toCharArray()))
                    .isInstanceOf(LoginResult.Refused.class);
        }
    }
}
