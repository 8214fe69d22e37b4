package org.onewindow.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void everyHashIsTheSha256OfTheStoredBytes() {
        assertThat(golden).hasSize(31);
        for (EventEnvelope event : golden) {
            assertThat(EventHash.sha256(event.body().getBytes(StandardCharsets.UTF_8))).isEqualTo(event.hash());
            assertThat(event.signature()).isEmpty();
        }
    }

    @Test
    void everyDevicesChainLinksFromItsFirstEvent() {
        List<CaseEvent> events = GoldenEvents.read(EventCodec.CURRENT, golden);
        Map<String, CaseEvent> last = new HashMap<>();
        for (CaseEvent event : events) {
            CaseEvent before = last.get(event.deviceId());
            assertThat(event.deviceSeq()).as(event.deviceId()).isEqualTo(before == null ? 1 : before.deviceSeq() + 1);
            assertThat(event.previousHash()).as(event.deviceId() + " " + event.deviceSeq())
                    .isEqualTo(before == null ? "" : before.hash());
            last.put(event.deviceId(), event);
        }
        assertThat(last).hasSize(3).containsKey(GoldenEvents.backOfficeDevice());
    }

    /** A new event type needs golden events too: write a new set beside this one (never over it) and read both. */
    @Test
    void holdsEveryEventTypeAndEverySchemaOne() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (EventEnvelope event : golden) {
            types.add(EventCodec.CURRENT.read(event.body(), event.hash()).type());
            assertThat(event.body()).contains("\"schema\":1,\"type\":");
        }
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
    }

    /**
     * The writer is deterministic and the record shapes are the schemas: writing a golden event again while its
     * type is still at the schema it was written with gives its bytes back. A record component added without a
     * new schema and an upcaster fails here.
     */
    @Test
    void writingAGoldenEventAgainAtItsSchemaGivesItsBytesBack() {
        for (EventEnvelope event : golden) {
            CaseEvent read = EventCodec.CURRENT.read(event.body(), event.hash());
            if (EventSchemas.CURRENT.current(read.type()) == 1) {
                assertThat(EventCodec.CURRENT.seal(read).body()).as(read.type().name()).isEqualTo(event.body());
            }
        }
    }

    @Test
    void foldsEveryCaseToExactlyTheCommittedState() {
        Map<UUID, CaseState> folded = GoldenEvents.fold(GoldenEvents.read(EventCodec.CURRENT, golden));

        assertThat(folded).containsExactlyInAnyOrderEntriesOf(GoldenEvents.states());
        assertThat(GoldenEvents.states()).hasSize(6);
    }

    @Test
    void aFreshWindowTakesThemAllKeepsTheirBytesAndFoldsTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("onewindow.db");
        try (ClientStore store = ClientStore.open(file, CatalogJson.bundled(), WorkingCalendar.bundled(),
                TestClock.at(GoldenEvents.afterTheLast()))) {
            PullReport report = store.outbox().applyPulled(golden, "after-golden");

            assertThat(report.inserted()).isEqualTo(golden.size());
            assertThat(report.rejected()).isEmpty();
            assertThat(report.held()).isEmpty();
            assertThat(store.events().verify()).isEmpty();
            GoldenEvents.states().forEach((caseId, state) -> assertThat(store.desk().state(caseId)).isEqualTo(state));
            assertThat(store.outbox().applyPulled(golden).alreadyPresent()).isEqualTo(golden.size());
        }
        assertThat(storedBodies(file)).containsExactlyInAnyOrderElementsOf(golden.stream().map(EventEnvelope::body).toList());
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
