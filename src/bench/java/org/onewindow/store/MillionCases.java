package org.onewindow.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.testing.TestClock;

/**
 * A store holding 1,000,000 accepted cases, generated once through the real case-log writer in
 * big transactions (2,000 cases a day from 2025-01-02) and kept under target/ for later runs.
 */
final class MillionCases {

    static final int CASES = Integer.getInteger("bench.cases", 1_000_000);
    private static final int PER_DAY = 2_000;
    /** Events left unsent, as on a laptop that was offline for a few days. */
    private static final int UNSENT = 5_000;

    private MillionCases() {
    }

    static Path database() throws Exception {
        Path dir = Path.of("target", "bench-data", "cases-" + CASES);
        Path done = dir.resolve("complete");
        if (!Files.exists(done)) {
            generate(dir);
            Files.createFile(done);
        }
        Path synced = dir.resolve("synced");
        if (!Files.exists(synced)) {
            markSyncedAllButTheLast(dir, UNSENT);
            Files.createFile(synced);
        }
        return dir.resolve("onewindow.db");
    }

    /**
     * A window that has used the app for years has sent nearly everything: all events but the last
     * {@code unsent} are marked as answered by the central store, through the real outbox API.
     */
    private static void markSyncedAllButTheLast(Path dir, int unsent) {
        long start = System.nanoTime();
        try (ClientStore store = StoreFixture.open(dir, java.time.Clock.systemUTC())) {
            long toMark = store.outbox().counts().get(SyncState.PENDING) - unsent;
            while (toMark > 0) {
                List<SyncResult> results = store.outbox().pending((int) Math.min(50_000, toMark)).stream()
                        .map(e -> SyncResult.synced(e.event().eventId())).toList();
                store.outbox().recordResults(results);
                toMark -= results.size();
            }
            System.out.printf("[MillionCases] marked synced all but %,d events in %d s; outbox now %s%n", unsent,
                    (System.nanoTime() - start) / 1_000_000_000L, store.outbox().counts());
        }
    }

    private static void generate(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dir);
        long start = System.nanoTime();
        TestClock clock = StoreFixture.clockAt("2025-01-02T01:00:00Z");
        ApplicantGenerator applicants = new ApplicantGenerator(42);
        List<ServiceItem> items = StoreFixture.CATALOG.items().stream().filter(i -> i.statutoryDays() <= 30).toList();
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            for (int made = 0; made < CASES; made += PER_DAY) {
                List<Intake> day = new ArrayList<>(PER_DAY);
                for (int i = 0; i < Math.min(PER_DAY, CASES - made); i++) {
                    day.add(intake(items.get((made + i) % items.size()), applicants));
                }
                store.desk().openAll(StoreFixture.CLERK, day.stream().map(intake -> accepted(intake, clock)).toList());
                clock.advance(Duration.ofDays(1));
                if ((made / PER_DAY) % 50 == 0) {
                    System.out.printf("[MillionCases] %,d cases after %d s%n", made + day.size(), (System.nanoTime() - start) / 1_000_000_000L);
                }
            }
        }
        System.out.printf("[MillionCases] generated %,d cases in %d s, file %,d MB%n", CASES,
                (System.nanoTime() - start) / 1_000_000_000L, Files.size(dir.resolve("onewindow.db")) >> 20);
    }

    /** The acceptance of {@code intake} dated as the window dates it, from its item's limits and the calendar. */
    private static Function<String, EventPayload.Opening> accepted(Intake intake, TestClock clock) {
        ServiceItem item = StoreFixture.CATALOG.item(intake.itemCodes().get(0)).orElseThrow();
        WorkingCalendar calendar = WorkingCalendar.bundled();
        LocalDate today = clock.today();
        return number -> new EventPayload.ApplicationAccepted(number, intake, DecisionKind.ACCEPT,
                calendar.addWorkingDays(today, item.promisedDays()), calendar.addWorkingDays(today, item.statutoryDays()),
                null, StoreFixture.CLERK.userId(), item.fee(), item.promisedDays(), item.statutoryDays(), false, false);
    }

    private static Intake intake(ServiceItem item, ApplicantGenerator applicants) {
        List<MaterialCheck> materials = item.materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(StoreFixture.CATALOG.version(), List.of(item.code()), "", List.of(), applicants.next(), null, materials);
    }
}
