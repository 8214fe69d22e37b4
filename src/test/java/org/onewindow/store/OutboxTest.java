package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;

class OutboxTest {

    @TempDir
    Path dir;
    private final TestClock clock = StoreFixture.clockAt("2026-11-23T02:00:00Z");
    private ClientStore store;
    private String centralChainHead = "";

    @BeforeEach
    void open() {
        store = StoreFixture.open(dir, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CaseState accept(String name) {
        return Cases.accept(store, clock, StoreFixture.CLERK, StoreFixture.completeIntake(StoreFixture.person(name, "110105199003070023")),
                DecisionKind.ACCEPT);
    }

    @Test
    void unsentEventsComeInDeviceSequenceOrderAndOneRejectionBlocksNothing() {
        accept("甲");
        accept("乙");
        accept("丙");
        List<OutboxEntry> pending = store.outbox().pending(10);
        assertThat(pending).extracting(e -> e.event().deviceSeq()).containsExactly(1L, 2L, 3L);

        List<UUID> ids = pending.stream().map(e -> e.event().eventId()).toList();
        store.outbox().markSending(ids);
        store.outbox().recordResults(List.of(SyncResult.synced(ids.get(0)),
                SyncResult.deadLetter(ids.get(1), "事项编码不存在"), SyncResult.failed(ids.get(2), "连接超时")));

        assertThat(store.outbox().pending(10)).singleElement().satisfies(e -> {
            assertThat(e.event().eventId()).isEqualTo(ids.get(2));
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).isEqualTo("连接超时");
        });
        assertThat(store.outbox().counts()).containsEntry(SyncState.SYNCED, 1L).containsEntry(SyncState.DEAD_LETTER, 1L)
                .containsEntry(SyncState.FAILED, 1L).containsEntry(SyncState.PENDING, 0L);
        assertThat(store.outbox().problems(10)).extracting(OutboxEntry::lastError).containsExactly("事项编码不存在", "连接超时");

        store.outbox().retry(ids.get(1));
        assertThat(store.outbox().pending(10)).hasSize(2);
    }

    @Test
    void aBatchInterruptedWhileSendingIsSentAgainAfterRestart() {
        accept("甲");
        store.outbox().markSending(List.of(store.outbox().pending(1).get(0).event().eventId()));
        store.close();
        store = StoreFixture.open(dir, clock);
        assertThat(store.outbox().pending(10)).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(SyncState.PENDING));
    }

    @Test
    void pulledEventsAreAddedOnceRefoldedAndNeverTouchLocalUnsentEvents() {
        CaseState mine = accept("甲");
        EventEnvelope reviewed = central(mine.caseId(), 1, new EventPayload.ReviewStarted("SCJG", "开始审查"));
        EventEnvelope decided = central(mine.caseId(), 2, new EventPayload.Decided(true, "准予许可"));

        PullReport first = store.outbox().applyPulled(List.of(reviewed, decided), "cursor-2");
        PullReport again = store.outbox().applyPulled(List.of(reviewed, decided));

        assertThat(first.inserted()).isEqualTo(2);
        assertThat(first.refoldedCases()).containsExactly(mine.caseId());
        assertThat(again.inserted()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(2);
        assertThat(store.outbox().pullCursor()).isEqualTo("cursor-2");
        assertThat(store.desk().state(mine.caseId()).approved()).isTrue();
        assertThat(store.cases().byCaseId(mine.caseId()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(store.outbox().pending(10)).singleElement().satisfies(e -> assertThat(e.event().caseId()).isEqualTo(mine.caseId()));
        assertThat(store.events().verify()).isEmpty();
    }

    @Test
    void aPulledEventWhoseHashIsNotThatOfItsBytesIsRefused() {
        CaseState mine = accept("甲");
        EventEnvelope good = central(mine.caseId(), 1, new EventPayload.Decided(false, "不予许可"));
        EventEnvelope forged = new EventEnvelope(good.body().replace("\"approved\":false", "\"approved\":true"),
                good.hash(), "");

        PullReport report = store.outbox().applyPulled(List.of(forged));

        assertThat(forged.body()).isNotEqualTo(good.body());
        assertThat(report.inserted()).isZero();
        assertThat(report.rejected()).singleElement().asString().contains("哈希不符");
        assertThat(store.desk().state(mine.caseId()).approved()).isNull();
    }

    @Test
    void aPulledEventKeepsItsBytesAndAnotherBodyUnderTheSameIdIsRefused() throws Exception {
        CaseState mine = accept("甲");
        EventEnvelope reviewed = central(mine.caseId(), 1, new EventPayload.ReviewStarted("SCJG", ""));
        String respaced = reviewed.body().replaceFirst("\"actor\":", "\"actor\": ");

        store.outbox().applyPulled(List.of(reviewed));
        PullReport other = store.outbox().applyPulled(List.of(new EventEnvelope(respaced, EventHash.of(respaced), "")));

        assertThat(other.inserted()).isZero();
        assertThat(other.rejected()).singleElement().asString().contains("内容不同");
        assertThat(store.outbox().pending(10)).singleElement();
        assertThat(storedBody(reviewed)).isEqualTo(reviewed.body());
    }

    @Test
    void anEventOfATypeThisBuildDoesNotKnowIsHeldAndDoesNotStopThePage() {
        CaseState mine = accept("甲");
        EventEnvelope reviewed = central(mine.caseId(), 1, new EventPayload.ReviewStarted("SCJG", ""));
        EventEnvelope template = central(mine.caseId(), 2, new EventPayload.ClockPaused("现场核查"));
        String inspected = template.body().replace("\"type\":\"CLOCK_PAUSED\"", "\"type\":\"SITE_INSPECTED\"");
        EventEnvelope decided = central(mine.caseId(), 3, new EventPayload.Decided(true, ""));

        PullReport report = store.outbox().applyPulled(List.of(reviewed,
                new EventEnvelope(inspected, EventHash.of(inspected), ""), decided), "cursor-3");

        assertThat(report.inserted()).isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.held()).singleElement().asString().contains("SITE_INSPECTED").contains("升级");
        assertThat(store.outbox().pullCursor()).isEqualTo("cursor-3");
        assertThat(store.desk().state(mine.caseId()).approved()).isTrue();
        assertThat(store.events().size()).isEqualTo(3);
    }

    @Test
    void aHeldEventIsTakenIntoTheLogByTheFirstBuildThatReadsIt() throws Exception {
        CaseState mine = accept("甲");
        EventEnvelope decided = central(mine.caseId(), 1, new EventPayload.Decided(true, "准予许可"));
        store.close();
        // As an older build would have left it: this build reads the event, that one could not.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             PreparedStatement insert = c.prepareStatement("INSERT INTO held_event (event_id, body, hash, signature, "
                     + "reason, received_at) VALUES (?, ?, ?, '', '本程序不认识', '2026-11-23T02:00:00Z')")) {
            insert.setString(1, EventCodec.CURRENT.read(decided.body(), decided.hash()).eventId().toString());
            insert.setString(2, decided.body());
            insert.setString(3, decided.hash());
            insert.executeUpdate();
        }

        store = StoreFixture.open(dir, clock);

        assertThat(store.desk().state(mine.caseId()).approved()).isTrue();
        assertThat(store.cases().byCaseId(mine.caseId()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(storedBody(decided)).isEqualTo(decided.body());
        assertThat(store.events().verify()).isEmpty();
    }

    @Test
    void remembersTheLastSuccessfulSyncAndTheDeviceToken() {
        store.outbox().recordSuccessfulSync(Instant.parse("2026-11-23T03:00:00Z"));
        DeviceIdentity enrolled = store.recordEnrollment("AB23", "https://central.example:8443", "token-1");

        assertThat(store.outbox().lastSuccessfulSync()).contains(Instant.parse("2026-11-23T03:00:00Z"));
        assertThat(enrolled.enrolled()).isTrue();
        assertThat(store.device().deviceToken()).isEqualTo("token-1");
        assertThat(store.device().deviceCode()).isEqualTo("AB23");
        assertThat(accept("乙").caseNumber()).startsWith("AB23-");
        DeviceIdentity revoked = store.forgetDeviceToken();
        assertThat(revoked.enrolled()).isFalse();
        assertThat(revoked.deviceToken()).isEmpty();
        assertThat(revoked.deviceId()).isEqualTo(enrolled.deviceId());
    }

    /** An event the back office recorded through the central store, chained on the centre's own device, as pulled. */
    private EventEnvelope central(UUID caseId, long seq, EventPayload payload) {
        Instant at = clock.instant().plusSeconds(60 * seq);
        SealedEvent sealed = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), caseId, "central", seq,
                new Hlc(at.toEpochMilli(), 0, "central"), "backoffice-scjg", at, payload, centralChainHead, ""));
        centralChainHead = sealed.hash();
        return EventEnvelope.of(sealed);
    }

    private String storedBody(EventEnvelope envelope) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             PreparedStatement select = c.prepareStatement("SELECT body FROM event WHERE hash = ?")) {
            select.setString(1, envelope.hash());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
