package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.staff.Role;
import org.onewindow.testing.TestClock;

/** The window's backups (decision record 0021): online, owner-only, checked, named by time, kept a number of days. */
class BackupsTest {

    @Test
    void backsUpWhileTheStoreIsOpenKeepsTheDaysAskedAndRefusesWhatIsNoBackup(@TempDir Path dir) throws Exception {
        TestClock clock = TestClock.at(TestClock.MONDAY_MORNING);
        DataDirectory data = DataDirectory.of(dir);
        try (ClientStore store = ClientStore.open(data, StoreFixture.CATALOG, WorkingCalendar.bundled(), clock)) {
            store.users().create("clerk01", "王晓梅", Role.CLERK, "Clerk@2026".toCharArray());

            Path first = Backups.backUpNow(data, clock);
            clock.advance(Duration.ofDays(20));
            Path second = Backups.backUpNow(data, clock);

            assertThat(Files.getPosixFilePermissions(first)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Backups.list(data)).extracting(Backups.Backup::file).containsExactly(second, first);
            assertThat(Backups.prune(data, clock, Duration.ofDays(14))).isEqualTo(1);
            assertThat(Backups.list(data)).extracting(Backups.Backup::file).containsExactly(second);
        }
        try (ClientStore copy = ClientStore.open(Backups.list(data).get(0).file(), StoreFixture.CATALOG,
                WorkingCalendar.bundled(), clock)) {
            assertThat(copy.users().count()).as("the backup holds what the store held").isEqualTo(1);
        }
        Path garbage = dir.resolve("not-a-backup.db");
        Files.writeString(garbage, "hello");
        assertThatThrownBy(() -> Backups.check(garbage)).isInstanceOf(StoreException.class);
    }
}
