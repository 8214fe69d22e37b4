package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.central.CentralFixture;
import org.onewindow.cli.Launcher;
import org.onewindow.domain.Problem;
import org.onewindow.store.CaseFilter;
import org.onewindow.store.CaseRow;
import picocli.CommandLine;

/**
 * A window backed up with {@code onewindow backup} (SQLite's online backup, taken while it works), working and syncing
 * on, then restored from that backup with {@code onewindow restore}: it records nothing until it has gone on as a new
 * device, then works under a new device code. No case number is issued twice, the centre loses nothing, and the cases
 * of the lost days come back to the window from the centre (decision record 0021).
 */
class WindowRestoreTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private static String onewindow(String... args) {
        StringWriter text = new StringWriter();
        int code = new CommandLine(new Launcher(central.clock)).setOut(new PrintWriter(text, true))
                .setErr(new PrintWriter(text, true)).execute(args);
        assertThat(code).as(text.toString()).isZero();
        return text.toString();
    }

    @Test
    void aRestoredWindowGoesOnAsANewDeviceIssuesNoNumberTwiceAndTheCentreLosesNothing(
            @TempDir(factory = SyncWindow.InMemory.class) Path dir, @TempDir Path elsewhere) throws Exception {
        Path backup = elsewhere.resolve("before-the-disk-died.db");
        String oldCode;
        try (SyncWindow window = SyncWindow.enrolled(central, dir, "HALL-RESTORE", "clerk-restore")) {
            window.sync.syncNow();
            window.capture(3);
            window.sync.syncNow();
            oldCode = window.store.device().deviceCode();

            String said = onewindow("--data-dir", dir.toString(), "backup", "--to", backup.toString());
            window.capture(4);
            window.sync.syncNow();

            assertThat(said).contains(backup.toString());
            assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }

        String said = onewindow("--data-dir", dir.toString(), "restore", backup.toString());

        assertThat(said).contains("接续为新设备");
        try (SyncWindow restored = SyncWindow.reopened(central, dir, "clerk-restore")) {
            assertThat(restored.projectedCases()).isEqualTo(3);
            assertThatThrownBy(() -> restored.capture(1)).isInstanceOf(Problem.RuleBroken.class)
                    .hasMessageContaining("须先与中心库同步");

            SyncRound first = restored.sync.syncNow();
            restored.capture(2);
            restored.sync.syncNow();

            assertThat(restored.store.device().deviceCode()).isNotEqualTo(oldCode);
            assertThat(restored.store.device().predecessorId()).isNotEmpty();
            assertThat(first.received()).as("the four cases of the lost days come back").isEqualTo(4);
            assertThat(restored.projectedCases()).isEqualTo(9);
            assertThat(restored.sync.status().waiting()).isZero();
            assertThat(restored.store.events().verify()).isEmpty();
            List<String> atTheWindow = new ArrayList<>();
            for (CaseRow row : restored.store.cases().find(CaseFilter.ALL, 0, 100).rows()) {
                atTheWindow.add(row.caseNumber());
            }
            assertThat(new HashSet<>(atTheWindow)).hasSize(9);
        }
        List<String> numbers = registeredNumbers();
        assertThat(numbers).as("every case at the centre, each number once").hasSize(9).doesNotHaveDuplicates();
        assertThat(numbers.stream().filter(n -> n.startsWith(oldCode))).hasSize(7);
        assertThat(central.count("SELECT count(*) FROM case_event e JOIN case_registry r USING (case_id) "
                + "WHERE r.hall = 'HALL-RESTORE'")).isEqualTo(9);
        assertThat(central.count("SELECT count(*) FROM device WHERE hall = 'HALL-RESTORE' AND revoked_at IS NOT NULL")).isEqualTo(1);
    }

    private static List<String> registeredNumbers() throws Exception {
        List<String> numbers = new ArrayList<>();
        try (Connection c = central.database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT case_number FROM case_registry WHERE hall = 'HALL-RESTORE'"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
        }
        Set<String> unique = new HashSet<>(numbers);
        assertThat(unique).hasSameSizeAs(numbers);
        return numbers;
    }
}
