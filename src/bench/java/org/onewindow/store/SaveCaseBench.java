package org.onewindow.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.app.TakeApplication;
import org.onewindow.app.Workstation;
import org.onewindow.codec.EventCodec;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.TestClock;
import org.sqlite.SQLiteConfig;

/**
 * Saving one case at the window with synchronous=FULL through the real use case (TakeApplication.take: the
 * policy decides again, number, dates, event, hash chain, fold, projection, FTS) against a bare SQLite insert of
 * a row as large as the event, with the same durability (WAL, FULL, one transaction per row), in the same directory.
 */
class SaveCaseBench {

    private static final int WARMUP = 200;
    private static final int RUNS = 1000;

    @Test
    void savingOneCase() throws Exception {
        Path dir = Files.createTempDirectory("onewindow-save-bench");
        ApplicantGenerator applicants = new ApplicantGenerator(7);
        long[] save = new long[RUNS];
        String sampleRow;
        try (Workstation workstation = Workstation.openDemo(DataDirectory.of(dir), TestClock.ticking(TestClock.MONDAY_MORNING))) {
            TakeApplication take = workstation.takeApplication();
            for (int i = 0; i < WARMUP; i++) {
                take.take(StoreFixture.CLERK, StoreFixture.completeIntake(applicants.next()), DecisionKind.ACCEPT);
            }
            Intake[] intakes = new Intake[RUNS];
            for (int i = 0; i < RUNS; i++) {
                intakes[i] = StoreFixture.completeIntake(applicants.next());
            }
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                take.take(StoreFixture.CLERK, intakes[i], DecisionKind.ACCEPT);
                save[i] = System.nanoTime() - start;
            }
            // The stored body of a saved event: writing the event again at this build's schema gives the same text.
            sampleRow = EventCodec.CURRENT.seal(workstation.store().events().eventsOf(workstation.store().cases()
                    .search(intakes[0].applicant().idNumber(), 1).get(0).caseId()).get(0)).body();
        }
        long[] bare = bareInserts(dir.resolve("bare.db"), sampleRow);
        Percentiles saved = new Percentiles(save);
        Percentiles inserted = new Percentiles(bare);
        System.out.println("[SaveCaseBench] TakeApplication.take, synchronous=FULL: " + saved.summary());
        System.out.println("[SaveCaseBench] bare INSERT of a " + sampleRow.length() + "-char row, WAL + FULL: " + inserted.summary());
        System.out.printf("[SaveCaseBench] ratio save/bare: median %.2fx, p95 %.2fx%n",
                saved.at(0.5) / inserted.at(0.5), saved.at(0.95) / inserted.at(0.95));
    }

    private static long[] bareInserts(Path file, String row) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        long[] times = new long[RUNS];
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, body TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            for (int i = -WARMUP; i < RUNS; i++) {
                long start = System.nanoTime();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (uuid, body) VALUES (?, ?)")) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, row);
                    insert.executeUpdate();
                }
                c.commit();
                if (i >= 0) {
                    times[i] = System.nanoTime() - start;
                }
            }
        }
        return times;
    }
}
