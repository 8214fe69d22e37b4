package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.cli.Launcher;

/**
 * Sync when things break at the worst moment. Each test ends with every event on the central store
 * exactly once and every case in every window's projections.
 */
class SyncFaultTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private static long storedFrom(SyncWindow window) {
        return central.count("SELECT count(*) FROM case_event WHERE device_id = ?", window.store.device().deviceId());
    }

    /** Every event of the window on the central store once, and every case in both windows' lists. */
    private static void assertEverythingOnceEverywhere(SyncWindow capturing, SyncWindow other, int cases) throws Exception {
        capturing.sync.syncNow();
        other.sync.syncNow();
        assertThat(storedFrom(capturing)).isEqualTo(cases);
        assertThat(central.count("SELECT count(DISTINCT case_id) FROM case_event WHERE device_id = ?",
                capturing.store.device().deviceId())).isEqualTo(cases);
        assertThat(capturing.sync.status().waiting()).isZero();
        assertThat(capturing.projectedCases()).isEqualTo(cases);
        assertThat(other.projectedCases()).isEqualTo(cases);
        assertThat(other.store.events().size()).isEqualTo(cases);
        assertThat(other.store.events().verify()).isEmpty();
    }

    private static void awaitStored(SyncWindow window, long atLeast, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (storedFrom(window) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void theSameBatchPushedAgainIsStoredOnce(@TempDir(factory = SyncWindow.InMemory.class) Path dirA, @TempDir(factory = SyncWindow.InMemory.class) Path dirB) throws Exception {
        try (SyncWindow a = SyncWindow.enrolled(central, dirA, "HALL-TWICE", "clerk-twice");
             SyncWindow b = SyncWindow.enrolled(central, dirB, "HALL-TWICE", "clerk-twice2")) {
            a.sync.syncNow();
            b.sync.syncNow();
            a.capture(20);
            List<EventEnvelope> batch = a.store.outbox().pending(500).stream().map(e -> EventEnvelope.of(e.sealed())).toList();
            CentralClient client = new CentralClient(URI.create(central.url()), a.store.device().deviceToken());

            // The answers are lost on the way back: the window never hears of these two pushes.
            PushResult first = client.push(new PushRequest(a.store.device().deviceId(), batch));
            PushResult second = client.push(new PushRequest(a.store.device().deviceId(), batch));
            SyncRound third = a.sync.syncNow();

            assertThat(first.outcomes()).extracting(o -> o.outcome()).containsOnly(Outcome.STORED);
            assertThat(second.outcomes()).extracting(o -> o.outcome()).containsOnly(Outcome.DUPLICATE);
            assertThat(third.stored()).isZero();
            assertThat(third.duplicates()).isEqualTo(20);
            assertEverythingOnceEverywhere(a, b, 20);
        }
    }

    @Test
    void theServerKilledInTheMiddleOfABatchLosesNothingAndStoresNoHalfBatch(@TempDir(factory = SyncWindow.InMemory.class) Path dirA, @TempDir(factory = SyncWindow.InMemory.class) Path dirB,
                                                                             @TempDir(factory = SyncWindow.InMemory.class) Path serverDir) throws Exception {
        int port = ChildJvm.freePort();
        String url = "http://127.0.0.1:" + port;
        ChildJvm server = ChildJvm.centralServer(serverDir, central.database, port, central.clock.instant());
        try (SyncWindow a = SyncWindow.enrolled(central, url, dirA, "HALL-KILLSRV", "clerk-killsrv");
             SyncWindow b = SyncWindow.enrolled(central, url, dirB, "HALL-KILLSRV", "clerk-killsrv2")) {
            a.sync.syncNow();
            b.sync.syncNow();
            a.capture(1500);

            CompletableFuture<SyncRound> pushing = CompletableFuture.supplyAsync(() -> {
                try {
                    return a.sync.syncNow();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitStored(a, 1, Duration.ofSeconds(60));
            server.kill();

            assertThatThrownBy(() -> pushing.get(60, TimeUnit.SECONDS)).hasMessageContaining("无法连接中心库");
            long afterKill = storedFrom(a);
            assertThat(afterKill).isLessThan(1500);
            assertThat(afterKill % PushRequest.MAX_EVENTS).as("whole batches only").isZero();
            assertThat(a.sync.status().online()).isFalse();
            // A batch stored just before the kill may never have been answered: the window sends it again.
            assertThat(a.sync.status().waiting()).isBetween(1500 - afterKill, 1500L);

            server = ChildJvm.centralServer(serverDir, central.database, port, central.clock.instant());
            assertEverythingOnceEverywhere(a, b, 1500);
        } finally {
            server.close();
        }
    }

    @Test
    void theWindowKilledInTheMiddleOfASyncSendsTheRestWhenItComesBack(@TempDir(factory = SyncWindow.InMemory.class) Path dirA, @TempDir(factory = SyncWindow.InMemory.class) Path dirB)
            throws Exception {
        try (SyncWindow a = SyncWindow.enrolled(central, dirA, "HALL-KILLCLI", "clerk-killcli");
             SyncWindow b = SyncWindow.enrolled(central, dirB, "HALL-KILLCLI", "clerk-killcli2")) {
            a.sync.syncNow();
            b.sync.syncNow();
            a.capture(1500);
            String deviceId = a.store.device().deviceId();
            a.close();

            try (ChildJvm window = ChildJvm.launch(dirA.resolve("sync.log"), Launcher.class, "--data-dir", dirA.toString(), "sync")) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (central.count("SELECT count(*) FROM case_event WHERE device_id = ?", deviceId) == 0
                        && window.alive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                window.kill();
            }
            assertThat(central.count("SELECT count(*) FROM case_event WHERE device_id = ?", deviceId)).isLessThan(1500);

            a.open();
            assertThat(a.store.integrityCheck()).isEqualTo("ok");
            assertEverythingOnceEverywhere(a, b, 1500);
        }
    }

    @Test
    void fiveThousandCasesCapturedWhileTheServerIsDownAreAllSentWhenItReturns(@TempDir(factory = SyncWindow.InMemory.class) Path dirA, @TempDir(factory = SyncWindow.InMemory.class) Path dirB)
            throws Exception {
        try (SyncWindow a = SyncWindow.enrolled(central, dirA, "HALL-DOWN", "clerk-down");
             SyncWindow b = SyncWindow.enrolled(central, dirB, "HALL-DOWN", "clerk-down2")) {
            a.sync.syncNow();
            b.sync.syncNow();
            List<SyncStatus> told = new CopyOnWriteArrayList<>();
            a.sync.addListener(told::add);
            central.stopServer();
            a.sync.start();

            a.capture(5000);
            a.sync.nudge();
            // the nudged round fails to connect and then reports; on a busy machine that takes a while
            long reported = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (a.sync.status().waiting() < 5000 && System.nanoTime() < reported) {
                Thread.sleep(20);
            }
            SyncStatus whileDown = a.sync.status();
            central.startServer();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while ((a.sync.status().waiting() > 0 || !a.sync.status().online()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(whileDown.online()).isFalse();
            assertThat(whileDown.waiting()).isEqualTo(5000);
            assertThat(whileDown.problem()).contains("无法连接中心库");
            assertThat(a.sync.status().lastSuccess()).isNotNull();
            assertThat(told).anySatisfy(status -> assertThat(status.online()).isFalse())
                    .anySatisfy(status -> assertThat(status.online() && status.waiting() == 0).isTrue());
            assertEverythingOnceEverywhere(a, b, 5000);
        }
    }
}
