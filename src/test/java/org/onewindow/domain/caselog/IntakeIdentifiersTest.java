package org.onewindow.domain.caselog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.Problem;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.ResidentIdNumber;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/** The numbers an intake names are checked by the value types before a case is opened, here and at the centre. */
class IntakeIdentifiersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Intake intake(Applicant applicant, Agent agent) {
        return new Intake("2026.1", List.of("SCJG-003"), "", List.of(), applicant, agent,
                List.of(MaterialCheck.of("M-SFZ", "身份证", MaterialStatus.PRESENTED_ORIGINAL)));
    }

    private static Applicant person(IdKind kind, String number) {
        return new Applicant(ApplicantType.PERSON, "张三", kind, number, "13800138000", "", "");
    }

    private static Applicant company(IdKind kind, String number) {
        return new Applicant(ApplicantType.COMPANY, "某某有限公司", kind, number, "13800138000", "", "李四");
    }

    @Test
    void wellFormedNumbersMayBeRecordedHoweverTheyWereTyped() {
        assertThat(IntakeIdentifiers.problems(intake(person(IdKind.RESIDENT_ID, "110105491231002"),
                new Agent("王五", IdKind.PASSPORT, "e1234 5678", "")), TODAY)).isEmpty();
        assertThat(IntakeIdentifiers.problems(intake(company(IdKind.CREDIT_CODE, "914403001922038216"), null), TODAY)).isEmpty();
    }

    @Test
    void namesWhoseNumberIsWrongAndWhy() {
        Intake intake = intake(person(IdKind.RESIDENT_ID, "110105194912310029"),
                new Agent("王五", IdKind.RESIDENCE_PERMIT, "11010519491231002X", ""));

        assertThat(IntakeIdentifiers.problems(intake, TODAY)).containsExactly(
                "申请人的居民身份证号码有误：校验位应为 X，实际为 9（请逐位核对号码）",
                "代理人的港澳台居民居住证号码有误：港澳台居民居住证号码前 6 位应为 810000（香港）、820000（澳门）或 830000（台湾），实际为 110105");
        assertThatThrownBy(() -> IntakeIdentifiers.check(intake, TODAY)).isInstanceOf(Problem.InvalidInput.class)
                .hasMessageContaining("申请人的居民身份证号码有误").hasMessageContaining("；代理人的");
    }

    @Test
    void aCompanyIsRecordedByItsCreditCodeAndAPersonOrAgentByTheirOwnDocument() {
        assertThat(IntakeIdentifiers.problems(intake(company(IdKind.RESIDENT_ID, "11010519491231002X"), null), TODAY))
                .containsExactly("法人及其他组织须以统一社会信用代码登记，登记的是“居民身份证”");
        assertThat(IntakeIdentifiers.problems(intake(person(IdKind.CREDIT_CODE, "914403001922038216"),
                new Agent("王五", IdKind.CREDIT_CODE, "914403001922038216", "")), TODAY)).containsExactly(
                "自然人须以本人身份证件登记，统一社会信用代码只用于法人及其他组织",
                "代理人须以本人身份证件登记，不能登记统一社会信用代码");
        assertThat(IntakeIdentifiers.problems(intake(company(IdKind.CREDIT_CODE, "914403001922038217"), null), TODAY))
                .containsExactly("申请人的统一社会信用代码有误：校验位应为 6，实际为 7");
    }

    @Test
    void aBirthDateCountsFromTheDayTheIntakeIsTakenIn() {
        String first17 = "11010520261124002";
        Intake bornTomorrow = intake(person(IdKind.RESIDENT_ID, first17 + ResidentIdNumber.checkCharacter(first17)), null);

        assertThat(IntakeIdentifiers.problems(bornTomorrow, TODAY)).singleElement().asString().contains("晚于今天");
        assertThat(IntakeIdentifiers.problems(bornTomorrow, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void thePushedOpeningIsRefusedWithTheReasonAndOtherEventsAreNotConcerned() {
        Intake bad = intake(person(IdKind.RESIDENT_ID, "110105194912310029"), null);
        var at = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, CaseFold.ZONE).toInstant();
        CaseEvent opening = new CaseEvent(UUID.randomUUID(), UUID.randomUUID(), "W01", 1, new Hlc(at.toEpochMilli(), 0, "W01"),
                "clerk01", at, new EventPayload.ApplicationAccepted("K7Q3-261123-0001-X", bad, DecisionKind.ACCEPT,
                TODAY.plusDays(7), TODAY.plusDays(28), null, "clerk01", BigDecimal.ZERO, 5, 20, false, false), "", "");
        CaseEvent evaluated = new CaseEvent(UUID.randomUUID(), opening.caseId(), "W01", 2, new Hlc(at.toEpochMilli(), 1, "W01"),
                "clerk01", at, new EventPayload.Evaluated(5, ""), "", "");

        assertThat(IntakeIdentifiers.refusal(opening))
                .isEqualTo("申请人的居民身份证号码有误：校验位应为 X，实际为 9（请逐位核对号码），“受理”未保存");
        assertThat(IntakeIdentifiers.refusal(evaluated)).isEmpty();
    }
}
