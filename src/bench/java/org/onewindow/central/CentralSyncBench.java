package org.onewindow.central;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.codec.Json;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.staff.Role;

/**
 * Figures for issue 4, against a real embedded PostgreSQL (synchronous_commit on) and the real service on
 * 127.0.0.1: pushing 10,000 events (target under 5 s); the service's ingest rate against a bare batched
 * JDBC insert of the same rows into the same database (target at least half); sync requests per second
 * and p99 latency with 200 simulated windows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentralSyncBench {

    private static final int EVENTS = 10_000;
    private static final int BATCH = 500;
    private static final int WINDOWS = 200;
    private static final int ROUNDS_PER_WINDOW = 25;
    private static final int ROUNDS = 3;

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Window(Enrollment enrollment, CaseEvents events, String clerk) {
    }

    private static Window window(String hall) {
        Enrollment enrollment = central.enrollNewDevice(hall);
        return new Window(enrollment, new CaseEvents(enrollment, central.clock), "clerk-" + hall);
    }

    private static List<List<SealedEvent>> batches(Window window, int events) {
        List<List<SealedEvent>> batches = new ArrayList<>();
        for (int i = 0; i < events; i += BATCH) {
            List<SealedEvent> batch = new ArrayList<>();
            for (int j = 0; j < BATCH && i + j < events; j++) {
                batch.add(window.events().accepted(UUID.randomUUID(), window.clerk()));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static int push(Window window, List<SealedEvent> batch) throws Exception {
        return push(window, Json.write(new PushRequest(window.enrollment().deviceId(), CaseEvents.envelopes(batch))));
    }

    private static int push(Window window, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(central.url() + "/api/sync/push"))
                .header("Authorization", "Bearer " + window.enrollment().token())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()).statusCode();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }

    /**
     * Three rounds, each a fresh window pushing 10,000 events then the bare insert of the same rows, interleaved
     * so that both sides see the same machine (this one is shared: its load swings from run to run).
     */
    @Test
    @Order(1)
    void pushesTenThousandEventsAndComparesWithABareInsert() throws Exception {
        central.addUser("clerk-BENCH", Role.CLERK, "BENCH");
        Window warmup = window("BENCH");
        for (List<SealedEvent> batch : batches(warmup, 2_000)) {
            push(warmup, batch);
        }
        double[] ratios = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Window window = window("BENCH");
            List<List<SealedEvent>> batches = batches(window, EVENTS);
            // The window's outbox rows are serialised before the clock starts: the figure is the transfer and the ingest.
            List<String> bodies = batches.stream()
                    .map(batch -> Json.write(new PushRequest(window.enrollment().deviceId(), CaseEvents.envelopes(batch))))
                    .toList();
            long start = System.nanoTime();
            for (String body : bodies) {
                push(window, body);
            }
            double pushSeconds = (System.nanoTime() - start) / 1e9;
            double bareSeconds = bareInsert(batches, "bench_event_" + round);
            ratios[round] = bareSeconds / pushSeconds;
            System.out.printf("round %d: push %,d events over HTTP in %d batches of %d: %.2f s (%,.0f events/s; target < 5 s); "
                            + "bare batched JDBC insert of the same rows: %.2f s (%,.0f rows/s); ingest / bare = %.2f (target >= 0.5)%n",
                    round + 1, EVENTS, batches.size(), BATCH, pushSeconds, EVENTS / pushSeconds, bareSeconds,
                    EVENTS / bareSeconds, ratios[round]);
        }
        Arrays.sort(ratios);
        System.out.printf("service ingest / bare insert, median of %d rounds: %.2f%n", ROUNDS, ratios[ROUNDS / 2]);
    }

    /** The same rows, already serialised, into a twin table with the same indexes: no HTTP, no checks. */
    private static double bareInsert(List<List<SealedEvent>> batches, String table) throws Exception {
        try (Connection c = central.database.dataSource().getConnection(); Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE " + table + " (LIKE case_event INCLUDING ALL)");
            c.setAutoCommit(false);
            List<List<Object[]>> rows = new ArrayList<>();
            for (List<SealedEvent> batch : batches) {
                List<Object[]> batchRows = new ArrayList<>();
                for (SealedEvent sealed : batch) {
                    CaseEvent e = sealed.event();
                    batchRows.add(new Object[]{e.eventId(), e.caseId(), e.deviceId(), e.deviceSeq(), e.type().name(),
                            e.actor(), e.hlc().encode(), "BENCH", sealed.body(), sealed.hash(), sealed.signature()});
                }
                rows.add(batchRows);
            }
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                    + " (event_id, case_id, device_id, device_seq, event_type, actor, hlc, hall, body, hash, signature)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (List<Object[]> batch : rows) {
                    for (Object[] row : batch) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    @Test
    @Order(2)
    void sustainsTwoHundredWindowsSyncing() throws Exception {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < WINDOWS; i++) {
            String hall = "HALL" + (i % 20);
            if (i < 20) {
                central.addUser("clerk-" + hall, Role.CLERK, hall);
            }
            windows.add(window(hall));
        }
        ExecutorService pool = Executors.newFixedThreadPool(WINDOWS);
        long start = System.nanoTime();
        List<Future<long[]>> runs = new ArrayList<>();
        for (Window window : windows) {
            runs.add(pool.submit(() -> syncRounds(window)));
        }
        long[] latencies = new long[WINDOWS * ROUNDS_PER_WINDOW * 2];
        int n = 0;
        for (Future<long[]> run : runs) {
            for (long latency : run.get()) {
                latencies[n++] = latency;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("%d windows x %d rounds (push 2 events + pull), one instance: %,d requests in %.1f s = %,.0f requests/s; "
                        + "latency median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                WINDOWS, ROUNDS_PER_WINDOW, latencies.length, seconds, latencies.length / seconds,
                latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 99 / 100] / 1e6,
                latencies[latencies.length - 1] / 1e6);
    }

    /** One window: each round pushes two new events then pulls from its cursor. */
    private static long[] syncRounds(Window window) throws Exception {
        long[] latencies = new long[ROUNDS_PER_WINDOW * 2];
        String cursor = "";
        for (int round = 0; round < ROUNDS_PER_WINDOW; round++) {
            List<SealedEvent> batch = List.of(window.events().accepted(UUID.randomUUID(), window.clerk()),
                    window.events().accepted(UUID.randomUUID(), window.clerk()));
            long t = System.nanoTime();
            push(window, batch);
            latencies[round * 2] = System.nanoTime() - t;
            t = System.nanoTime();
            HttpResponse<String> pulled = send(HttpRequest.newBuilder(URI.create(central.url() + "/api/sync/pull?cursor=" + cursor))
                    .header("Authorization", "Bearer " + window.enrollment().token()).GET().build());
            latencies[round * 2 + 1] = System.nanoTime() - t;
            cursor = Json.read(pulled.body(), PullResponse.class).cursor();
        }
        return latencies;
    }
}
