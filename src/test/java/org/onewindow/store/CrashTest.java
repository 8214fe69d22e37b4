package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.testing.TestClock;

/**
 * A child JVM saving cases in a loop is killed with SIGKILL at random moments, many times. Every
 * case whose save returned must be there with all its events, its list row and its printed
 * document; no case may be half-written; the file must pass SQLite's integrity check.
 */
class CrashTest {

    private static final int KILLS = 20;
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesSigkillAndNothingIsHalfWritten() throws Exception {
        long seed = Long.getLong("crashTest.seed", System.nanoTime());
        System.out.printf("[CrashTest] seed %d (replay the same kill times and names with -DcrashTest.seed=%d)%n", seed, seed);
        SplittableRandom random = new SplittableRandom(seed);
        Set<UUID> accepted = new HashSet<>();
        Map<UUID, String> printed = new HashMap<>();
        long start = System.nanoTime();
        int kills = 0;
        while (kills < KILLS && System.nanoTime() - start < BUDGET_NANOS) {
            // each child's clock starts an hour after the one before, on a fixed day: the test passes on any date
            Instant startsAt = Instant.parse(TestClock.MONDAY_MORNING).plus(Duration.ofHours(kills));
            Process child = new ProcessBuilder(javaCommand(random.nextLong(), startsAt)).redirectErrorStream(true).start();
            CountDownLatch ready = new CountDownLatch(1);
            List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        }
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the pipe breaks when the child is killed; what was read is what counts
                }
            });
            reader.start();
            if (!ready.await(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("the saving child never became ready: " + lines);
            }
            Thread.sleep(random.nextInt(50, 700));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            kills++;
            for (String line : List.copyOf(lines)) {
                String[] parts = line.split(" ");
                if (parts[0].equals("ACCEPTED")) {
                    accepted.add(UUID.fromString(parts[1]));
                } else if (parts[0].equals("PRINTED")) {
                    printed.put(UUID.fromString(parts[1]), parts[2]);
                } else if (!parts[0].equals("READY") && line.contains("Exception")) {
                    throw new AssertionError("the saving child failed: " + lines);
                }
            }
        }
        System.out.printf("[CrashTest] %d SIGKILLs in %d s; %d cases and %d prints acknowledged%n", kills,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), accepted.size(), printed.size());
        assertThat(kills).isGreaterThanOrEqualTo(10);
        assertThat(accepted).isNotEmpty();

        try (ClientStore store = StoreFixture.open(dir, TestClock.at(TestClock.MONDAY_MORNING))) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.events().verify()).isEmpty();
            for (UUID caseId : accepted) {
                List<CaseEvent> events = store.events().eventsOf(caseId);
                assertThat(events).as("events of acknowledged case %s", caseId).isNotEmpty();
                assertThat(events.get(0).type()).isEqualTo(EventType.APPLICATION_ACCEPTED);
            }
            for (Map.Entry<UUID, String> print : printed.entrySet()) {
                assertThat(store.desk().state(print.getKey()).documents()).extracting(CaseState.PrintedDocument::sha256)
                        .contains(print.getValue());
                assertThat(store.documents().of(print.getKey())).extracting(ArchivedDocument::sha256).contains(print.getValue());
            }
            assertProjectionAgreesWithTheLog(store);
        }
    }

    /** Every case in the log has exactly the row its fold gives, every row has its log, every print its document. */
    private static void assertProjectionAgreesWithTheLog(ClientStore store) {
        List<CaseRow> rows = new java.util.ArrayList<>();
        Page<CaseRow> page;
        int index = 0;
        do { // a quiet machine saves over a thousand cases in the test's time: read every page
            page = store.cases().find(CaseFilter.ALL, index++, 500);
            rows.addAll(page.rows());
        } while (page.hasMore());
        assertThat(store.desk().rebuildProjection()).isEqualTo(rows.size());
        for (CaseRow row : rows) {
            CaseState state = store.desk().state(row.caseId());
            assertThat(state.opened()).isTrue();
            assertThat(store.cases().byCaseId(row.caseId())).contains(row);
            assertThat(row.caseNumber()).isEqualTo(state.caseNumber());
            assertThat(row.status()).isEqualTo(state.status());
            assertThat(store.documents().of(row.caseId())).extracting(ArchivedDocument::sha256)
                    .containsExactlyElementsOf(state.documents().stream().map(CaseState.PrintedDocument::sha256).toList());
        }
    }

    private List<String> javaCommand(long seed, Instant startsAt) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), SavingLoop.class.getName(), dir.toString(), Long.toString(seed),
                startsAt.toString());
    }
}
