package org.onewindow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.AfterAcceptance;
import org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity;
import org.onewindow.domain.caselog.AfterAcceptance.Licence;
import org.onewindow.domain.caselog.AfterAcceptance.MailPurpose;
import org.onewindow.domain.caselog.AfterAcceptance.MailState;
import org.onewindow.domain.caselog.BackOfficeStage;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.print.AfterAcceptancePapers.LabelSize;
import org.onewindow.print.CertificateRenderer;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.PrintOffset;
import org.onewindow.print.PrintedDocument;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.testing.TestClock;

/**
 * The window's steps after acceptance (issue 12) on a real workstation, the back office's decision recorded as it
 * would arrive: routing, the certificate printed from the case and the decision and read back, a spoiled print voided
 * and printed again, collection by an authorised agent, mail delivery with its label, postal intake, and the fee.
 */
class AfterAcceptanceStepsTest {

    private static final String PDF_PRINTER = "OneWindow-PDF";
    private static final User BACK_OFFICE = new User("SCJG", "市场监管局审批系统", Role.BACK_OFFICE);
    private static final Licence FOOD = new Licence("JY13301020099999", "食品经营许可证", LocalDate.of(2026, 11, 24),
            LocalDate.of(2031, 11, 23), "热食类食品制售；冷食类食品制售");

    private AppFixture fixture;
    private AfterAcceptanceSteps steps;

    @BeforeEach
    void open(@TempDir Path dir) {
        assumeTrue(DocumentPrinter.printerNames().contains(PDF_PRINTER), "the CUPS PDF printer of src/test/scripts/setup-cups.sh");
        fixture = new AppFixture(dir, TestClock.MONDAY_MORNING);
        PrinterSettings printers = PrinterSettings.defaults();
        for (PrinterRole role : PrinterRole.values()) {
            printers = printers.withPrinter(role, PDF_PRINTER);
        }
        fixture.workstation.usePrinters(printers);
        steps = fixture.workstation.afterAcceptance();
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private CaseState accepted(String itemCode, String name, List<EventPayload> withIt) {
        return fixture.workstation.takeApplication().take(AppFixture.CLERK, AppFixture.complete(itemCode, name),
                DecisionKind.ACCEPT, withIt);
    }

    private CaseState backOffice(UUID caseId, EventPayload step) {
        fixture.clock.advance(Duration.ofHours(2));
        return fixture.workstation.store().desk().record(BACK_OFFICE, caseId, step);
    }

    @Test
    void issuesTheCertificateFromTheCaseAndTheDecisionThenAnAuthorisedAgentCollectsIt() throws IOException {
        CaseState state = accepted(AppFixture.FOOD_LICENCE, "李四", List.of());
        state = steps.route(AppFixture.CLERK, state.caseId());
        assertThat(state.afterAcceptance().departmentCode()).isEqualTo("SCJG");
        assertThat(BackOfficeStage.of(state)).isEqualTo(BackOfficeStage.SENT);

        backOffice(state.caseId(), new EventPayload.ReviewStarted("SCJG", "已接件"));
        state = backOffice(state.caseId(), new EventPayload.Decided(true, "准予许可", FOOD, ""));
        assertThat(BackOfficeStage.of(state)).isEqualTo(BackOfficeStage.DECIDED);

        var issued = steps.issueCertificate(AppFixture.CLERK, state.caseId(), CertificateRenderer.Stock.PLAIN_PAPER,
                PrintOffset.NONE);
        assertThat(text(issued.printed())).contains("JY13301020099999", "李四", "2031年11月23日", "热食类食品制售",
                "市场监督管理局");
        assertThat(issued.state().certificateNumber()).isEqualTo("JY13301020099999");
        assertThat(issued.state().documents()).extracting(CaseState.PrintedDocument::kind).contains("CERTIFICATE");
        assertThatThrownBy(() -> steps.issueCertificate(AppFixture.CLERK, issued.state().caseId(),
                CertificateRenderer.Stock.PLAIN_PAPER, PrintOffset.NONE)).isInstanceOf(Problem.RuleBroken.class)
                .hasMessageContaining("作废");

        var again = steps.voidAndReprint(AppFixture.CLERK, state.caseId(), "卡纸，证书右下角破损",
                CertificateRenderer.Stock.PRE_PRINTED, new PrintOffset(1.5f, -0.5f));
        assertThat(again.state().afterAcceptance().voidedPrints()).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo("卡纸，证书右下角破损"));
        assertThat(text(again.printed())).contains("JY13301020099999").contains("补打");
        assertThat(fixture.workstation.afterAcceptanceQueries().uncollected()).extracting(w -> w.row().row().caseId())
                .containsExactly(state.caseId());

        UUID caseId = state.caseId();
        assertThatThrownBy(() -> steps.collect(AppFixture.CLERK, caseId, new AfterAcceptanceSteps.Collector(
                CollectorCapacity.AGENT, "王五", IdKind.RESIDENT_ID, "11010519491231002X", "")))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("委托书");
        fixture.clock.advance(Duration.ofDays(2));
        var collected = steps.collect(AppFixture.CLERK, caseId, new AfterAcceptanceSteps.Collector(
                CollectorCapacity.AGENT, "王五", IdKind.RESIDENT_ID, "11010519491231002X",
                "李四 2026年11月24日签署的委托书，委托领取食品经营许可证"));

        assertThat(collected.state().afterAcceptance().handedOver()).isTrue();
        assertThat(text(collected.receipt())).contains("王五", "委托代理人", "委托书", "领取人签收", "JY13301020099999");
        assertThat(fixture.workstation.afterAcceptanceQueries().uncollected()).isEmpty();
        assertThat(fixture.workstation.cases().detail(caseId).events()).extracting(e -> e.type())
                .contains(EventType.CASE_ROUTED, EventType.CERTIFICATE_ISSUED, EventType.CERTIFICATE_PRINT_VOIDED,
                        EventType.RESULT_COLLECTED);
    }

    @Test
    void mailsTheResultChosenAtAcceptanceWithItsLabelAndRecordsTheDelivery() throws IOException {
        assertThatThrownBy(() -> AfterAcceptanceSteps.mailChoice("李四", "1380013800", "杭州市"))
                .isInstanceOf(Problem.InvalidInput.class).hasMessageContaining("电话");
        CaseState state = accepted(AppFixture.FOOD_LICENCE, "李四", List.of(
                AfterAcceptanceSteps.mailChoice("李四", "138 0013 8000", "浙江省杭州市西湖区文三路 90 号 3 幢 201 室")));
        assertThat(state.afterAcceptance().mailTo().phone()).isEqualTo("13800138000");
        backOffice(state.caseId(), new EventPayload.Decided(true, "准予许可", FOOD, ""));
        steps.issueCertificate(AppFixture.CLERK, state.caseId(), CertificateRenderer.Stock.PLAIN_PAPER, PrintOffset.NONE);

        var mailed = steps.mail(AppFixture.CLERK, state.caseId(), MailPurpose.RESULT, "中国邮政 EMS", "1190012345678",
                new BigDecimal("18.00"), true, LabelSize.LABEL_100X150);
        assertThat(text(mailed.label())).contains("1190012345678", "李四", "13800138000", "文三路", "证照免费邮");
        try (PDDocument label = Loader.loadPDF(mailed.label().pdf())) {
            assertThat(label.getPage(0).getMediaBox().getWidth()).isCloseTo(100 / 25.4f * 72, org.assertj.core.data.Offset.offset(1f));
        }
        UUID caseId = state.caseId();
        assertThatThrownBy(() -> steps.collect(AppFixture.CLERK, caseId, new AfterAcceptanceSteps.Collector(
                CollectorCapacity.APPLICANT, "李四", IdKind.RESIDENT_ID, "110105194912310046", "")))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("邮寄在途");

        CaseState delivered = steps.track(AppFixture.CLERK, caseId, "1190012345678", MailState.DELIVERED, "本人签收");
        assertThat(delivered.afterAcceptance().handedOver()).isTrue();
        assertThat(delivered.afterAcceptance().resultMailing().orElseThrow().postagePaidByHall()).isTrue();
    }

    @Test
    void takesAnApplicationThatCameByPostAndMailsTheReceiptBack() throws IOException {
        var taken = AppFixture.complete(AppFixture.FOOD_LICENCE, "李四");
        var applicant = taken.applicant();
        var byPost = new org.onewindow.domain.caselog.Intake(taken.catalogVersion(), taken.itemCodes(), "",
                List.of(), new org.onewindow.domain.applicant.Applicant(applicant.type(), applicant.name(),
                applicant.idKind(), applicant.idNumber(), applicant.phone(), "浙江省杭州市西湖区文三路 90 号 3 幢 201 室", ""),
                null, taken.materials());
        CaseState state = fixture.workstation.takeApplication().take(AppFixture.CLERK, byPost, DecisionKind.ACCEPT,
                List.of(new AfterAcceptance.PostalIntakeRecorded("顺丰速运", "SF1400123456789", LocalDate.of(2026, 11, 21),
                        "李四")));
        assertThat(state.afterAcceptance().postalIntake().waybillNumber()).isEqualTo("SF1400123456789");
        assertThatThrownBy(() -> accepted(AppFixture.FOOD_LICENCE, "赵六", List.of(new AfterAcceptance.PostalIntakeRecorded(
                "顺丰速运", "SF1", LocalDate.of(2026, 11, 21), "赵六")))).isInstanceOf(Problem.RuleBroken.class)
                .hasMessageContaining("运单号");
        assertThat(fixture.workstation.cases().find(org.onewindow.store.CaseFilter.ALL, 0, 10).rows()).hasSize(1);

        var mailed = steps.mail(AppFixture.CLERK, state.caseId(), MailPurpose.RECEIPT, "顺丰速运", "SF1400123499999",
                new BigDecimal("12"), true, LabelSize.A5);
        assertThat(text(mailed.label())).contains("受理回执", "SF1400123499999");
    }

    @Test
    void aFeeUnpaidBlocksConclusionInChineseAndAPaymentRecordsItsReceiptNumber() {
        CaseState state = accepted(AppFixture.ID_CARD_RENEWAL, "孙七", List.of());
        assertThat(state.afterAcceptance().feeDue()).isEqualByComparingTo("20");
        backOffice(state.caseId(), new EventPayload.Decided(true, "准予换领"));
        UUID caseId = state.caseId();
        assertThatThrownBy(() -> backOffice(caseId, new EventPayload.Concluded("办结")))
                .isInstanceOf(Problem.RuleBroken.class)
                .hasMessage("本事项应收费 20.00 元，尚未缴费或免收，不能办结：请先登记缴费（金额、非税收入票据号、缴款人）或免收依据");
        assertThatThrownBy(() -> steps.pay(AppFixture.CLERK, caseId, new BigDecimal("10"), "330101202600001234", "孙七"))
                .hasMessageContaining("不符");

        CaseState paid = steps.pay(AppFixture.CLERK, caseId, new BigDecimal("20.00"), "330101202600001234", "孙七");
        assertThat(paid.afterAcceptance().fee().receiptNumber()).isEqualTo("330101202600001234");
        assertThat(backOffice(caseId, new EventPayload.Concluded("办结")).status()).isEqualTo(CaseStatus.CONCLUDED);
        var fees = fixture.workstation.afterAcceptanceQueries().feesOn(LocalDate.of(2026, 11, 23));
        assertThat(fees.paidCount()).isEqualTo(1);
        assertThat(fees.paidTotal()).isEqualByComparingTo("20");
        assertThat(fixture.workstation.afterAcceptanceQueries().of(caseId).orElseThrow().feeReceipt())
                .isEqualTo("330101202600001234");
    }

    @Test
    void aCaseTheBackOfficeHasNotPickedUpIsFlaggedAfterAWorkingDay() {
        CaseState state = steps.route(AppFixture.CLERK, accepted(AppFixture.FOOD_LICENCE, "李四", List.of()).caseId());
        assertThat(fixture.workstation.afterAcceptanceQueries().notPickedUp()).isEmpty();
        fixture.clock.advance(Duration.ofDays(2));
        assertThat(fixture.workstation.afterAcceptanceQueries().notPickedUp()).extracting(r -> r.row().caseId())
                .containsExactly(state.caseId());
        assertThat(fixture.workstation.afterAcceptanceQueries().byDepartment()).singleElement()
                .satisfies(d -> assertThat(d.waitingForPickUp()).isEqualTo(1));
        backOffice(state.caseId(), new EventPayload.ReviewStarted("SCJG", "已接件"));
        assertThat(fixture.workstation.afterAcceptanceQueries().notPickedUp()).isEmpty();
    }

    private static String text(PrintedDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
