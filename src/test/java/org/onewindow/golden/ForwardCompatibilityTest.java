package org.onewindow.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventFormatException;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.EventSchemas;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.store.ClientStore;
import org.onewindow.testing.TestClock;

/**
 * What the next builds may do to events, played out on the golden events: add a field (old events still verify
 * and fold, the new body is read by this build), and change a payload's shape behind an upcaster.
 */
class ForwardCompatibilityTest {

    private final List<EventEnvelope> golden = GoldenEvents.envelopes();

    private EventEnvelope firstOf(EventType type) {
        return golden.stream().filter(e -> e.body().contains("\"type\":\"" + type.name() + "\"")).findFirst().orElseThrow();
    }

    /** As the next build's writer would: the same canonical text with its new fields, hashed, schema untouched. */
    private static EventEnvelope written(String body) {
        return new EventEnvelope(body, EventHash.of(body), "");
    }

    @Test
    void aFieldTheNextBuildAddsIsIgnoredHereAndTheOldEventsStillVerifyAndFold() {
        EventEnvelope accepted = firstOf(EventType.APPLICATION_ACCEPTED);
        // The next build adds the applicant's e-mail and how the application arrived; it changes nothing else.
        EventEnvelope next = written(accepted.body()
                .replace("\"idKind\":", "\"email\":\"zsf@example.cn\",\"idKind\":")
                .replace("\"intake\":", "\"channel\":\"ONLINE\",\"intake\":"));

        CaseEvent readNext = EventCodec.CURRENT.read(next.body(), next.hash());
        CaseEvent readToday = EventCodec.CURRENT.read(accepted.body(), accepted.hash());

        assertThat(next.body()).isNotEqualTo(accepted.body()).contains("zsf@example.cn", "\"channel\":\"ONLINE\"");
        assertThat(EventHash.matches(next.body(), next.hash())).isTrue();
        assertThat(readNext.payload()).isEqualTo(readToday.payload());
        assertThat(readNext.eventId()).isEqualTo(readToday.eventId());
        for (EventEnvelope event : golden) {
            assertThat(EventHash.matches(event.body(), event.hash())).isTrue();
        }
        assertThat(GoldenEvents.fold(GoldenEvents.read(EventCodec.CURRENT, golden)))
                .containsExactlyInAnyOrderEntriesOf(GoldenEvents.states());
    }

    @Test
    void aWindowKeepsTheNextBuildsEventByteForByteBesideTheGoldenOnes(@TempDir Path dir) throws Exception {
        EventEnvelope evaluated = firstOf(EventType.EVALUATED);
        CaseEvent today = EventCodec.CURRENT.read(evaluated.body(), evaluated.hash());
        // A new event from a window already on the next build: a field this build does not know, its own chain.
        UUID eventId = UUID.fromString("5e1f2c3d-4b5a-4968-8776-655443322110");
        EventEnvelope next = written(evaluated.body()
                .replace(today.eventId().toString(), eventId.toString())
                .replace("\"deviceId\":\"" + today.deviceId() + "\"", "\"deviceId\":\"NEXT-BUILD\"")
                .replace("\"node\":\"" + today.deviceId() + "\"", "\"node\":\"NEXT-BUILD\"")
                .replace("\"deviceSeq\":" + today.deviceSeq() + ",", "\"deviceSeq\":1,")
                .replace("\"previousHash\":\"" + today.previousHash() + "\"", "\"previousHash\":\"\"")
                .replace("\"comment\":", "\"channel\":\"12345 热线\",\"comment\":"));
        List<EventEnvelope> pulled = new ArrayList<>(golden);
        pulled.add(next);
        Path file = dir.resolve("onewindow.db");

        try (ClientStore store = ClientStore.open(file, CatalogJson.bundled(), WorkingCalendar.bundled(),
                TestClock.at(GoldenEvents.afterTheLast()))) {
            assertThat(store.outbox().applyPulled(pulled).inserted()).isEqualTo(golden.size() + 1);
            assertThat(store.events().verify()).isEmpty();
            CaseState before = GoldenEvents.states().get(today.caseId());
            CaseState after = store.desk().state(today.caseId());
            assertThat(after.eventCount()).isEqualTo(before.eventCount() + 1);
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.documents()).isEqualTo(before.documents());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement select = c.prepareStatement("SELECT body FROM event WHERE event_id = ?")) {
            select.setString(1, eventId.toString());
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(next.body()).contains("12345 热线");
            }
        }
    }

    /**
     * Suppose the pause (计时暂停) was first written with {@code "why"} and today's {@code "reason"} is its schema 2:
     * the one upcaster below is all that reading the old bodies takes, and they fold exactly as the golden states
     * say. (The decision, the example here before, gained a real schema 2 in decision record 0033.)
     */
    @Test
    void anUpcasterBringsASchemaOneBodyToTheCurrentShapeAndItFolds() {
        EventSchemas pausesHadWhy = EventSchemas.extendingCurrent()
                .upcast(EventType.CLOCK_PAUSED, 1, body -> {
                    String why = EventSchemas.payload(body).remove("why").textValue();
                    EventSchemas.payload(body).put("reason", why);
                    return body;
                })
                .build();
        EventCodec upcasting = new EventCodec(pausesHadWhy);
        List<EventEnvelope> asFirstWritten = golden.stream().map(ForwardCompatibilityTest::asWhy).toList();
        EventEnvelope pause = asFirstWritten.stream().filter(e -> e.body().contains("\"why\":")).findFirst()
                .orElseThrow();

        List<CaseEvent> read = GoldenEvents.read(upcasting, asFirstWritten);

        assertThat(asFirstWritten).filteredOn(e -> e.body().contains("\"why\":")).hasSize(1);
        assertThat(pausesHadWhy.current(EventType.CLOCK_PAUSED)).isEqualTo(2);
        assertThat(upcasting.read(pause.body(), pause.hash()).payload()).isInstanceOfSatisfying(EventPayload.ClockPaused.class,
                paused -> assertThat(paused.reason()).isNotBlank());
        assertThat(GoldenEvents.fold(read)).containsExactlyInAnyOrderEntriesOf(GoldenEvents.states());
        assertThatThrownBy(() -> EventCodec.CURRENT.read(pause.body(), pause.hash()))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("reason");
        assertThat(upcasting.seal(read.get(asFirstWritten.indexOf(pause))).body()).contains("\"schema\":2");
    }

    /** A golden pause as the supposed first writer wrote it: {@code why} instead of {@code reason}, hashed anew. */
    private static EventEnvelope asWhy(EventEnvelope event) {
        if (!event.body().contains("\"type\":\"CLOCK_PAUSED\"")) {
            return event;
        }
        return written(event.body().replace("\"reason\":", "\"why\":"));
    }
}
