package org.onewindow.domain.caselog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.Problem;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;

class CaseFoldTest {

    private final CaseFold fold = new CaseFold(WorkingCalendar.bundled());
    private final UUID caseId = UUID.randomUUID();
    private final List<CaseEvent> log = new ArrayList<>();
    private int counter;

    private static final MaterialCheck FLOOR_PLAN = new MaterialCheck("M-PMT", "平面图", MaterialStatus.TOLERATED,
            LocalDate.of(2026, 11, 27), "", "");
    private static final MaterialCheck SAFETY_RULES = MaterialCheck.of("M-SPAQZD", "食品安全制度", MaterialStatus.COMMITMENT);
    private static final Intake INTAKE = new Intake("2026.1", List.of("SCJG-003"), "", List.of(),
            new Applicant(ApplicantType.PERSON, "张三", IdKind.RESIDENT_ID, "11010519491231002X", "", "", ""), null,
            List.of(MaterialCheck.of("M-SFZ", "身份证", MaterialStatus.PRESENTED_ORIGINAL), FLOOR_PLAN, SAFETY_RULES));

    private CaseState record(LocalDate day, Role role, EventPayload payload) {
        CaseState before = fold.fold(caseId, log);
        CaseRules.check(before, payload, role);
        var at = ZonedDateTime.of(day, LocalTime.of(10, 0), CaseFold.ZONE).toInstant().plusSeconds(counter);
        log.add(new CaseEvent(UUID.randomUUID(), caseId, "W01", ++counter, new Hlc(at.toEpochMilli(), 0, "W01"), "u",
                at, payload, "", ""));
        return fold.fold(caseId, log);
    }

    private CaseState acceptOn(LocalDate day) {
        return record(day, Role.CLERK, new EventPayload.ApplicationAccepted("K7Q3-261123-0001-X", INTAKE,
                DecisionKind.ACCEPT_WITH_TOLERANCE, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 21),
                LocalDate.of(2026, 11, 27), "clerk01", BigDecimal.ZERO, 7, 20, false, false));
    }

    @Test
    void anAcceptanceOwesTheToleratedMaterialsAndFlagsCommitmentsForLaterVerification() {
        CaseState state = acceptOn(LocalDate.of(2026, 11, 23));
        assertThat(state.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(state.status().code()).isEqualTo("05");
        assertThat(state.outstandingMaterials()).containsExactly(FLOOR_PLAN);
        assertThat(state.awaitingVerification()).containsExactly(SAFETY_RULES);
        assertThat(state.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void workingDaysWhileTheClockIsPausedMoveBothDeadlinesLater() {
        acceptOn(LocalDate.of(2026, 11, 23));
        record(LocalDate.of(2026, 11, 24), Role.BACK_OFFICE, new EventPayload.ReviewStarted("SCJG", ""));
        CaseState paused = record(LocalDate.of(2026, 11, 25), Role.BACK_OFFICE, new EventPayload.ClockPaused("现场核查"));
        assertThat(paused.status()).isEqualTo(CaseStatus.SUSPENDED);
        // paused Wednesday 25th, resumed Tuesday 1 December: Thu, Fri, Mon, Tue are not counted
        CaseState resumed = record(LocalDate.of(2026, 12, 1), Role.BACK_OFFICE, new EventPayload.ClockResumed(""));

        assertThat(resumed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(resumed.pausedWorkingDays()).isEqualTo(4);
        assertThat(resumed.acceptedPromisedDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(resumed.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(resumed.statutoryDeadline()).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void aPauseThatPushesADeadlinePastThePublishedHolidaysMovesItOnTheLawsHolidays() {
        acceptOn(LocalDate.of(2026, 11, 23));
        record(LocalDate.of(2026, 11, 24), Role.BACK_OFFICE, new EventPayload.ClockPaused("专家评审"));
        CaseState resumed = record(LocalDate.of(2026, 12, 8), Role.BACK_OFFICE, new EventPayload.ClockResumed(""));

        assertThat(resumed.pausedWorkingDays()).isEqualTo(10);
        assertThat(resumed.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 16));
        // 2026-12-21 and 10 working days more: 元旦 (1 January 2027) is not one of them
        assertThat(resumed.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(resumed.acceptedStatutoryDeadline()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void aCaseCannotConcludeWhileAToleratedMaterialIsOwed() {
        acceptOn(LocalDate.of(2026, 11, 23));
        record(LocalDate.of(2026, 11, 24), Role.BACK_OFFICE, new EventPayload.Decided(true, "准予许可"));

        assertThatThrownBy(() -> record(LocalDate.of(2026, 11, 25), Role.BACK_OFFICE, new EventPayload.Concluded("")))
                .isInstanceOf(Problem.RuleBroken.class).hasMessage("容缺材料尚未补齐，不能办结：平面图");

        record(LocalDate.of(2026, 11, 26), Role.CLERK, new EventPayload.MaterialsSupplemented(
                List.of(MaterialCheck.of("M-PMT", "平面图", MaterialStatus.PRESENTED_ORIGINAL)), ""));
        CaseState concluded = record(LocalDate.of(2026, 11, 27), Role.BACK_OFFICE, new EventPayload.Concluded(""));
        assertThat(concluded.status()).isEqualTo(CaseStatus.CONCLUDED);
        assertThat(concluded.concludedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aRefusedCaseCannotBeConcludedOrSupplemented() {
        record(LocalDate.of(2026, 11, 23), Role.SUPERVISOR, new EventPayload.ApplicationRefused("K7Q3-261123-0001-X",
                INTAKE, "不属于本机关职权范围", "clerk01", "super01"));

        assertThatThrownBy(() -> record(LocalDate.of(2026, 11, 24), Role.BACK_OFFICE, new EventPayload.Concluded("")))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("不予受理");
        assertThatThrownBy(() -> record(LocalDate.of(2026, 11, 24), Role.CLERK, new EventPayload.MaterialsSupplemented(
                List.of(MaterialCheck.of("M-PMT", "平面图", MaterialStatus.PRESENTED_ORIGINAL)), "")))
                .hasMessageContaining("不能再补齐补正");
    }

    @Test
    void onlyASupervisorMayRefuseOrVoidAndOnlyTheBackOfficeMayDecide() {
        assertThat(CaseRules.violation(CaseState.unopened(caseId), new EventPayload.ApplicationRefused("n", INTAKE, "r",
                "clerk01", "clerk01"), Role.CLERK)).hasValueSatisfying(r -> assertThat(r).contains("需要窗口负责人权限"));
        CaseState accepted = acceptOn(LocalDate.of(2026, 11, 23));
        assertThat(CaseRules.violation(accepted, new EventPayload.Voided("录错", "clerk01"), Role.CLERK)).isPresent();
        assertThat(CaseRules.violation(accepted, new EventPayload.Decided(true, ""), Role.SUPERVISOR)).isPresent();
        assertThat(CaseRules.violation(accepted, new EventPayload.Voided("录错", "super01"), Role.SUPERVISOR)).isEmpty();
    }

    @Test
    void aNoticedCaseIsAcceptedUnderTheSameNumberOnceTheMaterialsCome() {
        CaseState noticed = record(LocalDate.of(2026, 11, 23), Role.CLERK, new EventPayload.DeficiencyNotified(
                "K7Q3-261123-0001-X", INTAKE, List.of(new org.onewindow.domain.intake.Deficiency("M-PMT", "平面图", "缺少", "请补交")),
                "clerk01"));
        assertThat(noticed.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(noticed.openDeficiencies()).hasSize(1);
        assertThatThrownBy(() -> record(LocalDate.of(2026, 11, 24), Role.BACK_OFFICE, new EventPayload.ReviewStarted("SCJG", "")))
                .hasMessageContaining("尚未受理");

        CaseState accepted = acceptOn(LocalDate.of(2026, 11, 25));
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(accepted.openDeficiencies()).isEmpty();
    }

    @Test
    void theStateDoesNotDependOnTheOrderTheEventsArrivedIn() {
        acceptOn(LocalDate.of(2026, 11, 23));
        record(LocalDate.of(2026, 11, 24), Role.BACK_OFFICE, new EventPayload.ReviewStarted("SCJG", ""));
        record(LocalDate.of(2026, 11, 25), Role.BACK_OFFICE, new EventPayload.ClockPaused("检测"));
        record(LocalDate.of(2026, 11, 30), Role.BACK_OFFICE, new EventPayload.ClockResumed(""));
        CaseState inOrder = fold.fold(caseId, log);
        List<CaseEvent> shuffled = new ArrayList<>(log);
        Collections.reverse(shuffled);
        assertThat(fold.fold(caseId, shuffled)).isEqualTo(inOrder);
    }
}
