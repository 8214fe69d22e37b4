package org.onewindow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.Problem;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseRules;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.intake.RefusalGround;
import org.onewindow.domain.intake.RefusalProposal;
import org.onewindow.domain.staff.Role;

/** 受理登记 through the use case, on a real workstation: what is recorded, and what is refused with nothing written. */
class TakeApplicationTest {

    @TempDir
    Path dir;
    private AppFixture app;
    private TakeApplication take;

    @BeforeEach
    void open() {
        app = new AppFixture(dir, "2026-11-23T02:00:00Z"); // Monday, ten in the morning in the hall
        take = app.workstation.takeApplication();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long events() {
        return app.workstation.store().events().size();
    }

    @Test
    void acceptingRecordsTheDatesCountedFromTheItemsLimits() {
        CaseState state = take.take(AppFixture.CLERK, AppFixture.complete(AppFixture.FOOD_LICENCE, "张三丰"), DecisionKind.ACCEPT);

        assertThat(state.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(state.responsibleClerk()).isEqualTo("clerk01");
        // 食品经营许可: promised 7, statutory 10 working days (食品经营许可和备案管理办法, 2023) from Monday 2026-11-23
        assertThat(state.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(state.statutoryDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aDecisionOtherThanTheOneTheFindingsCallForIsNotRecorded() {
        var tolerated = AppFixture.intake(AppFixture.FOOD_LICENCE, "王五", MaterialStatus.TOLERATED, LocalDate.of(2026, 11, 30));

        assertThatThrownBy(() -> take.take(AppFixture.CLERK, tolerated, DecisionKind.ACCEPT))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("容缺受理").hasMessageContaining("不一致");
        assertThat(events()).isZero();
    }

    @Test
    void aNumberTheWindowWouldNotAcceptIsNotRecordedAndUsesNoCaseNumber() {
        var complete = AppFixture.complete(AppFixture.FOOD_LICENCE, "赵六");
        var mistyped = new Intake(complete.catalogVersion(), complete.itemCodes(), "", List.of(),
                new Applicant(complete.applicant().type(), "赵六", complete.applicant().idKind(), "110105194912310029",
                        "13800138000", "", ""), null, complete.materials());

        assertThatThrownBy(() -> take.take(AppFixture.CLERK, mistyped, DecisionKind.ACCEPT))
                .isInstanceOf(Problem.InvalidInput.class)
                .hasMessage("申请人的居民身份证号码有误：校验位应为 X，实际为 9（请逐位核对号码）");
        assertThat(events()).isZero();
        CaseState next = take.take(AppFixture.CLERK, complete, DecisionKind.ACCEPT);
        assertThat(CaseNumber.parse(next.caseNumber()).serial()).isEqualTo(1);
    }

    @Test
    void aToleratedCaseOwesItsMaterialsUntilTheyAreSuppliedAndCannotConcludeBefore() {
        CaseState accepted = take.take(AppFixture.CLERK, AppFixture.intake(AppFixture.FOOD_LICENCE, "王五",
                MaterialStatus.TOLERATED, LocalDate.of(2026, 11, 30)), DecisionKind.ACCEPT_WITH_TOLERANCE);
        List<String> tolerable = AppFixture.CATALOG.item(AppFixture.FOOD_LICENCE).orElseThrow().materials().stream()
                .filter(m -> m.tolerable()).map(m -> m.code()).toList();
        assertThat(accepted.outstandingMaterials()).extracting(MaterialCheck::materialCode).containsExactlyElementsOf(tolerable);
        assertThat(accepted.toleranceDeadline()).isEqualTo(LocalDate.of(2026, 11, 30));

        assertThat(CaseRules.violation(accepted, new EventPayload.Concluded(""), Role.BACK_OFFICE))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("容缺材料尚未补齐"));

        SupplementCase.Outcome supplied = app.workstation.supplementCase().record(AppFixture.CLERK, accepted.caseId(),
                List.of(MaterialCheck.of(tolerable.get(0), "从业人员健康合格证明", MaterialStatus.PRESENTED_COPY)), "带来了健康证明");

        assertThat(supplied).isInstanceOf(SupplementCase.Outcome.Recorded.class);
        assertThat(supplied.state().outstandingMaterials()).extracting(MaterialCheck::materialCode)
                .containsExactlyElementsOf(tolerable.subList(1, tolerable.size()));
    }

    @Test
    void aToleranceDateAfterThePromisedDateIsRefusedAndNothingIsWritten() {
        var late = AppFixture.intake(AppFixture.FOOD_LICENCE, "王五", MaterialStatus.TOLERATED, LocalDate.of(2026, 12, 20));

        assertThatThrownBy(() -> take.take(AppFixture.CLERK, late, DecisionKind.ACCEPT_WITH_TOLERANCE))
                .isInstanceOf(Problem.class).hasMessageContaining("晚于承诺办结日期");
        assertThat(events()).isZero();
    }

    @Test
    void aRefusalNeedsASupervisorsPasswordAndIsRecordedInTheirName() {
        var intake = AppFixture.complete(AppFixture.FOOD_LICENCE, "赵六");
        var proposal = new RefusalProposal(RefusalGround.NOT_THIS_AUTHORITY, "请向区市场监管局申请");

        assertThatThrownBy(() -> take.refuse(AppFixture.CLERK, intake, proposal, new Credentials("super01", "wrong-pass")))
                .isInstanceOf(Problem.NotPermitted.class).hasMessageContaining("负责人确认失败");
        assertThatThrownBy(() -> take.refuse(AppFixture.CLERK, intake, proposal, new Credentials("clerk01", "Clerk@2026")))
                .isInstanceOf(Problem.NotPermitted.class).hasMessageContaining("窗口负责人");
        assertThat(events()).isZero();

        CaseState refused = take.refuse(AppFixture.CLERK, intake, proposal, new Credentials("super01", "Super@2026"));

        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(refused.responsibleClerk()).isEqualTo("clerk01");
        assertThat(refused.refusalReason()).contains("请向区市场监管局申请");
        assertThat(app.workstation.store().events().eventsOf(refused.caseId())).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("super01"));
    }

    @Test
    void aLongStatutoryLimitReachingPastThePublishedHolidaysGetsAProvisionalDeadline() {
        // 居民身份证换领 on 2026-11-23: 20 working days promised, 60 日 (calendar days) statutory; 2027's notice is not out
        CaseState state = take.take(AppFixture.CLERK, AppFixture.complete(AppFixture.ID_CARD_RENEWAL, "赵六"), DecisionKind.ACCEPT);

        assertThat(state.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        // 60 days on: Friday 22 January 2027, a working day on the law's holidays, provisional until 2027 is published
        assertThat(state.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(state.statutoryProvisional()).isTrue();
    }

    @Test
    void anApplicationWhosePromiseLandsInTheUnpublishedYearIsAcceptedAll() {
        app.clock.advance(Duration.ofDays(32)); // Friday 2026-12-25: 7 working days (食品经营许可) lead into 2027

        CaseState state = take.take(AppFixture.CLERK, AppFixture.complete(AppFixture.FOOD_LICENCE, "钱七"), DecisionKind.ACCEPT);

        assertThat(state.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(state.promisedDate()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void aOneTimeNoticeListsEveryMissingMaterial() {
        var materials = AppFixture.CATALOG.item(AppFixture.FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), m.required() ? MaterialStatus.MISSING : MaterialStatus.PRESENTED_ORIGINAL))
                .toList();
        var intake = new org.onewindow.domain.caselog.Intake(AppFixture.CATALOG.version(), List.of(AppFixture.FOOD_LICENCE),
                "", List.of(), AppFixture.person("孙七"), null, materials);

        CaseState notified = take.take(AppFixture.CLERK, intake, DecisionKind.NOTIFY_DEFICIENCIES);

        assertThat(notified.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(notified.openDeficiencies()).hasSize((int) materials.stream()
                .filter(m -> m.status() == MaterialStatus.MISSING).count());
    }

    /**
     * Finding 4 of the day at the counter: a material marked 不符合要求 without its note was saved, and the notice told
     * the citizen "不符合要求，但未注明问题" and the clerk's instruction. Nothing is recorded until the note is written.
     */
    @Test
    void aDefectiveMaterialWithoutItsNoteIsNotRecordedAndWithItTheNoticeSaysOnlyWhatIsWrong() {
        var requirements = AppFixture.CATALOG.item(AppFixture.FOOD_LICENCE).orElseThrow().materials();
        String defective = requirements.stream().filter(m -> m.required()).findFirst().orElseThrow().code();
        java.util.function.Function<String, Intake> withNote = note -> new Intake(AppFixture.CATALOG.version(),
                List.of(AppFixture.FOOD_LICENCE), "", List.of(), AppFixture.person("周八"), null, requirements.stream()
                .map(m -> m.code().equals(defective)
                        ? new MaterialCheck(m.code(), m.name(), MaterialStatus.DEFECTIVE, null, note, "")
                        : MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList());

        assertThatThrownBy(() -> take.take(AppFixture.CLERK, withNote.apply(" "), DecisionKind.NOTIFY_DEFICIENCIES))
                .isInstanceOf(Problem.InvalidInput.class).hasMessageContaining("注明存在的问题");
        assertThat(events()).isZero();

        CaseState notified = take.take(AppFixture.CLERK, withNote.apply("申请人未签字"), DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(notified.openDeficiencies()).singleElement().satisfies(d -> {
            assertThat(d.problem()).isEqualTo("不符合要求：申请人未签字");
            assertThat(d.problem() + d.remedy()).doesNotContain("受理人员").doesNotContain("未注明");
        });
    }
}
