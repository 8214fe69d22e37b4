package org.onewindow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

class JsonTest {

    private final CaseEvent accepted = new CaseEvent(UUID.randomUUID(), UUID.randomUUID(), "W01", 7,
            new Hlc(1_795_000_000_000L, 2, "W01"), "clerk01", Instant.parse("2026-11-23T02:00:00Z"),
            new EventPayload.ApplicationAccepted("W01-261123-0007-K",
                    new Intake("2026.1", List.of("SCJG-001"), "", List.of(),
                            new Applicant(ApplicantType.PERSON, "张三", IdKind.RESIDENT_ID, "11010519491231002X", "13800138000", "", ""),
                            null, List.of(MaterialCheck.of("M-ID", "身份证", MaterialStatus.PRESENTED_ORIGINAL))),
                    DecisionKind.ACCEPT, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 14), null, "clerk01",
                    BigDecimal.ZERO, 1, 15, false, false),
            "", "");

    @Test
    void anEventSurvivesTheRoundTripWithItsPayloadType() {
        String text = Json.write(accepted);
        assertThat(text).contains("\"@type\":\"APPLICATION_ACCEPTED\"");
        assertThat(Json.read(text, CaseEvent.class)).isEqualTo(accepted);
    }

    @Test
    void theSameValueAlwaysGivesTheSameText() {
        assertThat(Json.write(accepted)).isEqualTo(Json.write(Json.read(Json.write(accepted), CaseEvent.class)));
    }

    @Test
    void anApplicantAndAnAgentAreWrittenWithTheirRecordedFieldsNotTheirNumbersValueTypes() {
        assertThat(Json.write(new Applicant(ApplicantType.PERSON, "张三", IdKind.RESIDENT_ID, "110105491231002", "13800138000",
                "", ""))).isEqualTo("{\"address\":\"\",\"idKind\":\"RESIDENT_ID\",\"idNumber\":\"110105491231002\","
                + "\"legalRepresentative\":\"\",\"name\":\"张三\",\"phone\":\"13800138000\",\"type\":\"PERSON\"}");
        assertThat(Json.write(new Agent("李四", IdKind.PASSPORT, "E12345678", "")))
                .isEqualTo("{\"idKind\":\"PASSPORT\",\"idNumber\":\"E12345678\",\"name\":\"李四\",\"phone\":\"\"}");
    }

    @Test
    void unknownFieldsAreRefused() {
        String text = Json.write(accepted).replaceFirst("\\{", "{\"surprise\":1,");
        assertThatThrownBy(() -> Json.read(text, CaseEvent.class)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("surprise");
    }
}
