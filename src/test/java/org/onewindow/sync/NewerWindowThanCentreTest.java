package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.ClientStore;
import org.onewindow.store.SyncState;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;

/**
 * A window on a newer build than its centre, against a stand-in centre that answers as an older one would: an
 * event the centre cannot read yet is deferred, kept as 上传失败 with the centre's reason, sent once per round,
 * and stored once the centre takes it; answers carrying fields this build does not know are read.
 */
class NewerWindowThanCentreTest {

    @TempDir
    Path dir;
    private final TestClock clock = TestClock.at(TestClock.MONDAY_MORNING);
    private final Map<UUID, Integer> sends = new ConcurrentHashMap<>();
    private final List<EventEnvelope> received = new CopyOnWriteArrayList<>();
    private volatile UUID deferred;
    private HttpServer centre;
    private ClientStore store;
    private SyncService sync;

    @BeforeEach
    void start() throws IOException {
        centre = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        centre.createContext("/api/sync/push", this::push);
        centre.createContext("/api/sync/pull", exchange -> answer(exchange,
                // an older centre: a field this build does not know, and none of the national years, departures or keys
                Json.write(new PullResponse("1.0", false, null, List.of(), List.of(), List.of(), List.of()))
                        .replace(",\"nationalYears\":[]", "").replace(",\"departedUsers\":[]", "")
                        .replace(",\"keys\":[]", "").replaceFirst("\\{", "{\"serverBuild\":\"older\",")));
        centre.start();
        store = ClientStore.open(dir.resolve("onewindow.db"), SyncWindow.CATALOG, WorkingCalendar.bundled(), clock);
        store.recordEnrollment("AB23", "http://127.0.0.1:" + centre.getAddress().getPort(), "token");
        sync = new SyncService(store, clock, new Backoff(Duration.ofMillis(10), Duration.ofMillis(20),
                RandomGenerator.getDefault()), Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        sync.close();
        store.close();
        centre.stop(0);
    }

    /** Stores everything but the deferred event, with a field in each answer that this build does not know. */
    private void push(HttpExchange exchange) throws IOException {
        PushRequest request = Json.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                PushRequest.class);
        List<EventOutcome> outcomes = new ArrayList<>();
        received.addAll(request.events());
        for (EventEnvelope envelope : request.events()) {
            UUID id = EventCodec.CURRENT.read(envelope.body(), envelope.hash()).eventId();
            sends.merge(id, 1, Integer::sum);
            outcomes.add(id.equals(deferred)
                    ? new EventOutcome(id, Outcome.DEFERRED, "中心库版本较旧，暂不能接收这条事件，中心库升级后会自动重新上传")
                    : new EventOutcome(id, Outcome.STORED, ""));
        }
        answer(exchange, Json.write(new PushResult(outcomes)).replace("\"reason\":", "\"retryAfter\":30,\"reason\":"));
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private UUID accept(String name) {
        User clerk = new User("clerk01", "王晓梅", Role.CLERK);
        return store.events().eventsOf(Cases.accept(store, clock, clerk, SyncWindow.completeFoodLicence(name),
                DecisionKind.ACCEPT).caseId()).get(0).eventId();
    }

    @Test
    void aDeferredEventIsSentOncePerRoundKeptWithItsReasonAndStoredWhenTheCentreTakesIt() throws Exception {
        UUID first = accept("甲");
        deferred = accept("乙");
        UUID third = accept("丙");

        SyncRound round = sync.syncNow();

        assertThat(sends).containsEntry(first, 1).containsEntry(deferred, 1).containsEntry(third, 1);
        assertThat(round.stored()).isEqualTo(2);
        assertThat(round.rejected()).isEmpty();
        assertThat(sync.status().online()).isTrue();
        assertThat(sync.status().waiting()).isEqualTo(1);
        assertThat(sync.status().failed()).singleElement().satisfies(failed -> {
            assertThat(failed.eventId()).isEqualTo(deferred);
            assertThat(failed.rejected()).isFalse();
            assertThat(failed.reason()).contains("中心库版本较旧");
        });
        assertThat(store.outbox().pending(10)).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(SyncState.FAILED);
            assertThat(entry.event().eventId()).isEqualTo(deferred);
        });

        UUID second = deferred;
        deferred = null;
        SyncRound upgraded = sync.syncNow();

        assertThat(sends).containsEntry(first, 1).containsEntry(second, 2).containsEntry(third, 1);
        assertThat(upgraded.stored()).isEqualTo(1);
        assertThat(sync.status().waiting()).isZero();
        assertThat(store.outbox().counts()).containsEntry(SyncState.SYNCED, 3L);
    }

    @Test
    void whatGoesOnTheWireIsTheStoredBytes() throws Exception {
        accept("甲");
        accept("乙");

        sync.syncNow();

        List<String> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             PreparedStatement select = c.prepareStatement("SELECT body FROM event ORDER BY device_seq");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        assertThat(received).extracting(EventEnvelope::body).containsExactlyElementsOf(stored);
        assertThat(store.outbox().counts()).containsEntry(SyncState.SYNCED, 2L);
    }
}
