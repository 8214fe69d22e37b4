package org.onewindow.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.EventSchemas;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.store.ClientStore;
import org.onewindow.store.PullReport;
import org.onewindow.testing.TestClock;

/**
 * Events an earlier build wrote must verify and fold to the same states in this build and every later one. The
 * fixtures are read, never written, here; when this test fails, the build changed how it reads history.
 */
class GoldenEventsTest {

    private final List<EventEnvelope> golden = GoldenEvents.envelopes();

    static List<String> sets() {
        return GoldenEvents.SETS;
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyHashIsTheSha256OfTheStoredBytes(String set) {
        for (EventEnvelope event : GoldenEvents.envelopes(set)) {
            assertThat(EventHash.sha256(event.body().getBytes(StandardCharsets.UTF_8))).isEqualTo(event.hash());
            assertThat(event.signature()).isEmpty();
        }
        assertThat(golden).hasSize(31);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyDevicesChainLinksFromItsFirstEvent(String set) {
        List<CaseEvent> events = GoldenEvents.read(EventCodec.CURRENT, GoldenEvents.envelopes(set));
        Map<String, CaseEvent> last = new HashMap<>();
        for (CaseEvent event : events) {
            CaseEvent before = last.get(event.deviceId());
            assertThat(event.deviceSeq()).as(event.deviceId()).isEqualTo(before == null ? 1 : before.deviceSeq() + 1);
            assertThat(event.previousHash()).as(event.deviceId() + " " + event.deviceSeq())
                    .isEqualTo(before == null ? "" : before.hash());
            last.put(event.deviceId(), event);
        }
        assertThat(last).isNotEmpty();
        if (set.equals("first")) {
            assertThat(last).hasSize(3).containsKey(GoldenEvents.backOfficeDevice());
        }
    }

    /**
     * Every event type and every schema of one has golden events: a new type or schema gets a new set written
     * beside the others (never over them), and this test reads them all.
     */
    @Test
    void holdEveryEventTypeAndEverySchemaBetweenThem() {
        Set<String> typesAndSchemas = new java.util.TreeSet<>();
        for (String set : GoldenEvents.SETS) {
            for (EventEnvelope event : GoldenEvents.envelopes(set)) {
                CaseEvent read = EventCodec.CURRENT.read(event.body(), event.hash());
                typesAndSchemas.add(read.type() + "@" + schemaOf(event.body()));
            }
        }
        for (EventType type : EventType.values()) {
            for (int schema = 1; schema <= EventSchemas.CURRENT.current(type); schema++) {
                assertThat(typesAndSchemas).contains(type + "@" + schema);
            }
        }
        assertThat(golden).allSatisfy(event -> assertThat(event.body()).contains("\"schema\":1,\"type\":"));
    }

    private static int schemaOf(String body) {
        int at = body.indexOf("\"schema\":") + "\"schema\":".length();
        return Integer.parseInt(body.substring(at, body.indexOf(',', at)));
    }

    /**
     * The writer is deterministic and the record shapes are the schemas: writing a golden event again while its
     * type is still at the schema it was written with gives its bytes back. A record component added without a
     * new schema and an upcaster fails here.
     */
    @ParameterizedTest
    @MethodSource("sets")
    void writingAGoldenEventAgainAtItsSchemaGivesItsBytesBack(String set) {
        for (EventEnvelope event : GoldenEvents.envelopes(set)) {
            CaseEvent read = EventCodec.CURRENT.read(event.body(), event.hash());
            if (EventSchemas.CURRENT.current(read.type()) == schemaOf(event.body())) {
                assertThat(EventCodec.CURRENT.seal(read).body()).as(read.type().name()).isEqualTo(event.body());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void foldsEveryCaseToExactlyTheCommittedState(String set) {
        Map<UUID, CaseState> folded = GoldenEvents.fold(GoldenEvents.read(EventCodec.CURRENT, GoldenEvents.envelopes(set)));

        assertThat(folded).containsExactlyInAnyOrderEntriesOf(GoldenEvents.states(set));
        assertThat(GoldenEvents.states(set)).isNotEmpty();
        assertThat(GoldenEvents.states()).hasSize(6);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void aFreshWindowTakesThemAllKeepsTheirBytesAndFoldsTheSame(String set, @TempDir Path dir) throws Exception {
        List<EventEnvelope> events = GoldenEvents.envelopes(set);
        Path file = dir.resolve("onewindow.db");
        try (ClientStore store = ClientStore.open(file, CatalogJson.bundled(), WorkingCalendar.bundled(),
                TestClock.at(GoldenEvents.afterTheLast(set)))) {
            PullReport report = store.outbox().applyPulled(events, "after-golden");

            assertThat(report.inserted()).isEqualTo(events.size());
            assertThat(report.rejected()).isEmpty();
            assertThat(report.held()).isEmpty();
            assertThat(store.events().verify()).isEmpty();
            GoldenEvents.states(set).forEach((caseId, state) -> assertThat(store.desk().state(caseId)).isEqualTo(state));
            assertThat(store.outbox().applyPulled(events).alreadyPresent()).isEqualTo(events.size());
        }
        assertThat(storedBodies(file)).containsExactlyInAnyOrderElementsOf(events.stream().map(EventEnvelope::body).toList());
    }

    private static List<String> storedBodies(Path file) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement select = c.prepareStatement("SELECT body, hash FROM event");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                assertThat(EventHash.of(rs.getString(1))).isEqualTo(rs.getString(2));
                bodies.add(rs.getString(1));
            }
        }
        return bodies;
    }
}
