package org.onewindow.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.AfterAcceptanceSteps;
import org.onewindow.app.Workstation;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.caselog.AfterAcceptance;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.PrintOffset;
import org.onewindow.ui.UiFixture;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;

/** The case detail's steps after acceptance and 办件去向/待领取, without the toolkit, on a real store (decision 0033). */
class CaseAfterViewModelTest {

    @TempDir
    Path directory;
    private UiFixture fixture;
    private final Session session = new Session();

    @BeforeEach
    void open() {
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        session.signIn(UiFixture.CLERK);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CaseAfterViewModel after(CaseState state) {
        Workstation workstation = fixture.workstation();
        CaseAfterViewModel after = new CaseAfterViewModel(state.caseId(), workstation.cases(),
                workstation.afterAcceptance(), workstation::catalog, () -> PrintOffset.NONE, session,
                new CurrentThreadTaskExecutor(), Localization.chinese());
        after.refresh();
        return after;
    }

    private AfterListViewModel list() {
        AfterListViewModel list = new AfterListViewModel(fixture.workstation().afterAcceptanceQueries(),
                fixture.workstation().clock(), new CurrentThreadTaskExecutor(), Localization.chinese());
        list.refresh();
        return list;
    }

    private static Intake intake(String itemCode, String name, String idNumber) {
        List<MaterialCheck> materials = UiFixture.CATALOG.item(itemCode).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(UiFixture.CATALOG.version(), List.of(itemCode), "", List.of(),
                new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, idNumber, "13800138000", "", ""), null,
                materials);
    }

    @Test
    void aCaseTakenByPostWithItsResultToBeMailedSaysSoAndIsNotForCollectionAtTheWindow() {
        CaseState state = fixture.workstation().takeApplication().take(UiFixture.CLERK,
                intake(UiFixture.FOOD_LICENCE, "钱邮寄", UiFixture.residentId(301)), DecisionKind.ACCEPT, "",
                List.of(new AfterAcceptance.PostalIntakeRecorded("顺丰速运", "SF1400123456789", LocalDate.of(2026, 11, 21),
                        "钱邮寄"), AfterAcceptanceSteps.mailChoice("钱邮寄", "13800138000", "浙江省杭州市西湖区文三路 90 号")));
        CaseAfterViewModel after = after(state);
        assertThat(after.byMailProperty().get()).isTrue();
        assertThat(after.deliveryProperty().get())
                .contains("材料邮寄收件：顺丰速运 运单号 SF1400123456789")
                .contains("邮寄送达：钱邮寄　13800138000　浙江省杭州市西湖区文三路 90 号");
        assertThat(after.mayCollectProperty().get()).as("a result in the post is not collected at the window").isFalse();
        assertThat(after.feeProperty().get()).isEqualTo("不收费");
        assertThat(after.feeOpenProperty().get()).isFalse();
    }

    @Test
    void aCaseCollectedAtTheWindowSaysSoByDefault() {
        CaseState state = fixture.acceptedWithTolerance("孙窗口", UiFixture.residentId(302));
        CaseAfterViewModel after = after(state);
        assertThat(after.byMailProperty().get()).isFalse();
        assertThat(after.deliveryProperty().get()).isEqualTo("窗口领取，尚未领取");
    }

    @Test
    void aFeeIsPaidOnlyInFullWithItsReceiptNumberAndTheDaysFiguresCountIt() {
        CaseState state = fixture.workstation().takeApplication().take(UiFixture.CLERK,
                intake("GAHZ-003", "周缴费", UiFixture.residentId(303)), DecisionKind.ACCEPT);
        CaseAfterViewModel after = after(state);
        assertThat(after.feeProperty().get()).startsWith("应收 ").endsWith("元，尚未缴费或免收");
        assertThat(after.feeOpenProperty().get()).isTrue();
        assertThat(after.amountProperty().get()).as("the fee due, offered").isNotBlank();
        assertThat(after.payerProperty().get()).as("the applicant, offered").isEqualTo("周缴费");
        String due = after.amountProperty().get();

        after.amountProperty().set("二十");
        after.pay();
        assertThat(after.problemProperty().get()).isEqualTo("请填写缴费金额（元），如 20.00");

        after.amountProperty().set(due);
        after.receiptNumberProperty().set("");
        after.pay();
        assertThat(after.problemProperty().get()).as("refused in Chinese by the domain's rules").contains("票据");
        assertThat(after.feeOpenProperty().get()).isTrue();

        after.receiptNumberProperty().set("FS2026-000123");
        after.pay();
        assertThat(after.problemProperty().get()).isEmpty();
        assertThat(after.messageProperty().get()).isEqualTo("已登记缴费，非税收入票据号 FS2026-000123");
        assertThat(after.feeOpenProperty().get()).isFalse();
        assertThat(after.feeProperty().get()).contains("FS2026-000123", "周缴费");

        assertThat(list().feesProperty().get()).startsWith("今日（").contains("缴费 1 件", "免收 0 件");
    }

    @Test
    void aCaseSentDaysAgoAndNotPickedUpIsFlaggedOnTheList() {
        Workstation workstation = fixture.workstation();
        Instant now = workstation.clock().instant();
        fixture.clock().set(Instant.parse("2026-11-16T02:00:00Z"));
        CaseState old;
        try {
            old = workstation.takeApplication().take(UiFixture.CLERK,
                    intake(UiFixture.FOOD_LICENCE, "吴未接", UiFixture.residentId(304)), DecisionKind.ACCEPT);
            workstation.afterAcceptance().route(UiFixture.CLERK, old.caseId());
        } finally {
            fixture.clock().set(now);
        }
        AfterListViewModel list = list();
        assertThat(list.problemProperty().get()).isEmpty();
        assertThat(list.notPickedUp()).extracting(AfterLine::caseNumber).containsExactly(old.caseNumber());
        assertThat(list.notPickedUpTitleProperty().get()).isEqualTo("审批部门超时未接件（1 件）");
        assertThat(list.departments()).isNotEmpty();
        assertThat(list.uncollected()).isEmpty();
    }
}
