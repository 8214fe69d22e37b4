package org.onewindow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/** An event's body: written once as canonical JSON, read at any schema, tolerant of what a newer build adds. */
class EventCodecTest {

    private static final UUID EVENT = UUID.fromString("0f6c1d8e-8d0a-4a57-9a51-3c3b0f1f0a01");
    private static final UUID CASE = UUID.fromString("7d2a9c44-1b6e-4f0e-8c43-2b1e9d3c5a02");

    private final CaseEvent accepted = new CaseEvent(EVENT, CASE, "W01", 7, new Hlc(1_795_000_000_000L, 2, "W01"),
            "clerk01", Instant.parse("2026-11-23T02:00:00.120Z"), new EventPayload.ApplicationAccepted("W01-261123-0007-K",
            new Intake("2026.1", List.of("SCJG-001"), "", List.of(),
                    new Applicant(ApplicantType.PERSON, "张三", IdKind.RESIDENT_ID, "11010519491231002X", "13800138000", "", ""),
                    null, List.of(MaterialCheck.of("M-ID", "身份证", MaterialStatus.PRESENTED_ORIGINAL))),
            DecisionKind.ACCEPT, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 14), null, "clerk01",
            new BigDecimal("12.50"), 1, 15, false, false), "a".repeat(64), "");

    @Test
    void writesTheEventOnceAsCanonicalJsonAndHashesThoseBytes() throws Exception {
        SealedEvent sealed = EventCodec.CURRENT.seal(accepted);

        assertThat(sealed.body()).startsWith("{\"actor\":\"clerk01\",\"caseId\":\"" + CASE + "\",\"deviceId\":\"W01\","
                        + "\"deviceSeq\":7,\"eventId\":\"" + EVENT + "\",\"hlc\":{\"counter\":2,\"node\":\"W01\","
                        + "\"wallMillis\":1795000000000},\"payload\":{\"caseNumber\":\"W01-261123-0007-K\"")
                .contains("\"fee\":\"12.50\"", "\"toleranceDeadline\":null", "\"agent\":null")
                .endsWith(",\"previousHash\":\"" + "a".repeat(64) + "\",\"recordedAt\":\"2026-11-23T02:00:00.120Z\","
                        + "\"schema\":3,\"type\":\"APPLICATION_ACCEPTED\"}")
                .doesNotContain("@type", " ");
        assertThat(sealed.hash()).isEqualTo(EventHash.sha256(sealed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(sealed.event().hash()).isEqualTo(sealed.hash());
        assertThat(sealed.intact()).isTrue();
        assertThat(CanonicalJson.write(Json.mapper().readTree(sealed.body()))).as("canonical").isEqualTo(sealed.body());
    }

    @Test
    void readsBackTheSameEventWithTheDecimalsScale() {
        SealedEvent sealed = EventCodec.CURRENT.seal(accepted);

        CaseEvent read = EventCodec.CURRENT.read(sealed.body(), sealed.hash());

        assertThat(read).isEqualTo(sealed.event());
        assertThat(((EventPayload.ApplicationAccepted) read.payload()).fee()).isEqualByComparingTo("12.50")
                .hasToString("12.50");
    }

    @Test
    void eachTypeIsAtItsSchemaAndNamesItsOwnRecord() {
        for (EventType type : EventType.values()) {
            // 受理 gained its working-day limits and provisional marks in schema 2 (decision record 0019), the unit of
            // its statutory limit in schema 3; 决定 the licence it grants and the basis of a denial in schema 2 (0033)
            assertThat(EventSchemas.CURRENT.current(type)).as(type.name())
                    .isEqualTo(type == EventType.APPLICATION_ACCEPTED ? 3 : type == EventType.DECIDED ? 2 : 1);
        }
        List<Class<?>> named = Arrays.stream(EventType.values()).<Class<?>>map(EventType::payloadType).toList();
        assertThat(named).containsExactlyInAnyOrderElementsOf(records(EventPayload.class));
    }

    /** The records a sealed payload type permits, through sealed sub-interfaces such as {@code Opening}. */
    private static List<Class<?>> records(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(c -> c.isInterface() ? records(c).stream() : java.util.stream.Stream.of(c)).toList();
    }

    @Test
    void ignoresAFieldItDoesNotKnowAndTheBytesStillHoldTheirHash() {
        String newer = EventCodec.CURRENT.seal(accepted).body()
                .replace("\"phone\":", "\"email\":\"zs@example.cn\",\"phone\":")
                .replace("\"previousHash\":", "\"keyId\":\"W01-1\",\"previousHash\":");

        SealedEvent read = EventCodec.CURRENT.open(newer, EventHash.of(newer), "");

        assertThat(read.event().payload()).isEqualTo(accepted.payload());
        assertThat(read.intact()).isTrue();
        assertThat(read.body()).contains("zs@example.cn");
    }

    @Test
    void aFieldItNeedsAndDoesNotFindIsAnErrorNotADefault() {
        String body = EventCodec.CURRENT.seal(new CaseEvent(EVENT, CASE, "BO-SCJG", 1, new Hlc(1, 0, "BO-SCJG"), "SCJG",
                Instant.parse("2026-11-23T02:00:00Z"), new EventPayload.Decided(false, "不予许可"), "", "")).body();
        String withoutApproved = body.replace("\"approved\":false,", "");

        assertThatThrownBy(() -> EventCodec.CURRENT.read(withoutApproved, ""))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("approved")
                .extracting(e -> ((EventFormatException) e).field()).asString().startsWith("payload");
    }

    @Test
    void refusesDuplicateMembersTrailingTextAndCoercedScalars() {
        String body = EventCodec.CURRENT.seal(accepted).body();

        assertThatThrownBy(() -> EventCodec.CURRENT.read(body.replace("{\"actor\":\"clerk01\",",
                "{\"actor\":\"clerk01\",\"actor\":\"chief01\","), "")).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("actor");
        assertThatThrownBy(() -> EventCodec.CURRENT.read(body + "{}", "")).isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> EventCodec.CURRENT.read(body.replace("\"deviceSeq\":7", "\"deviceSeq\":\"7\""), ""))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("deviceSeq");
        assertThatThrownBy(() -> EventCodec.CURRENT.read(body.replace("\"fee\":\"12.50\"", "\"fee\":12.5"), ""))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("fee");
        assertThatThrownBy(() -> EventCodec.CURRENT.read(body.replace("\"fee\":\"12.50\"", "\"fee\":\"1.25E+1\""), ""))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("fee");
    }

    @Test
    void anUnknownTypeIsNewerNotWrongAndNamesTheEvent() {
        String body = EventCodec.CURRENT.seal(accepted).body().replace("\"type\":\"APPLICATION_ACCEPTED\"",
                "\"type\":\"SITE_INSPECTED\"");

        assertThatThrownBy(() -> EventCodec.CURRENT.read(body, ""))
                .isInstanceOfSatisfying(NewerEventException.class, e -> {
                    assertThat(e.eventId()).isEqualTo(EVENT);
                    assertThat(e.deviceId()).isEqualTo("W01");
                    assertThat(e.type()).isEqualTo("SITE_INSPECTED");
                    assertThat(e.getMessage()).contains("SITE_INSPECTED").contains("升级");
                });
    }

    @Test
    void aNewerSchemaIsReadWhenItCanBeAndCalledNewerWhenItCannot() {
        String body = EventCodec.CURRENT.seal(accepted).body();
        String schema = "\"schema\":" + EventSchemas.CURRENT.current(EventType.APPLICATION_ACCEPTED);
        String next = "\"schema\":" + (EventSchemas.CURRENT.current(EventType.APPLICATION_ACCEPTED) + 1);
        String addedOnly = body.replace(schema, next).replace("\"phone\":", "\"email\":\"\",\"phone\":");
        String renamed = body.replace(schema, next).replace("\"decision\":", "\"decisionKind\":");

        assertThat(EventCodec.CURRENT.read(addedOnly, "").payload()).isEqualTo(accepted.payload());
        assertThatThrownBy(() -> EventCodec.CURRENT.read(renamed, ""))
                .isInstanceOfSatisfying(NewerEventException.class, e -> assertThat(e.getMessage())
                        .contains("decision").contains("第 4 版").contains("第 3 版"));
        assertThatThrownBy(() -> EventCodec.CURRENT.read(body.replace("\"decision\":", "\"decisionKind\":"), ""))
                .isInstanceOf(EventFormatException.class).isNotInstanceOf(NewerEventException.class);
    }

    @Test
    void aBodyWithALoneSurrogateHasNoHash() {
        assertThat(EventHash.matches("{\"a\":\"\ud800\"}", EventHash.of("{\"a\":\"?\"}"))).isFalse();
        assertThatThrownBy(() -> EventHash.of("{\"a\":\"\ud800\"}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upcastersAreRegisteredInOrderFromSchemaOne() {
        assertThatThrownBy(() -> EventSchemas.builder().upcast(EventType.DELIVERED, 2, body -> body))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema 1");
        EventSchemas two = EventSchemas.builder().upcast(EventType.DELIVERED, 1, body -> body)
                .upcast(EventType.DELIVERED, 2, body -> body).build();
        assertThat(two.current(EventType.DELIVERED)).isEqualTo(3);
        assertThat(two.current(EventType.EVALUATED)).isEqualTo(1);
    }
}
