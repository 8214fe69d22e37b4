package org.onewindow.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.intake.RefusalGround;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.store.ArchivedDocument;
import org.onewindow.store.ClientStore;
import org.onewindow.ui.UiFixture;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.FakeDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.documents.DocumentStepViewModel;

/** The whole flow without the toolkit: every outcome recorded in a real store. */
class NewApplicationViewModelTest {

    static final String FOOD_LICENCE = "SCJG-003";

    // one store for the class: each test opens its own case, and hashing the passwords is slow on purpose
    @TempDir static Path dir;
    private static IntakeTestStore test;
    private static ClientStore store;
    private final FakeDialogService dialogs = new FakeDialogService();
    private static int nextPerson = 500;
    private NewApplicationViewModel flow;

    @BeforeAll
    static void openStore() {
        test = new IntakeTestStore(dir);
        store = test.store;
    }

    @AfterAll
    static void closeStore() {
        test.close();
    }

    @BeforeEach
    void startAFlow() {
        flow = test.screens(IntakeTestStore.printerNamed(IntakeTestStore.MISSING_PRINTER), dialogs,
                new CurrentThreadTaskExecutor()).newApplicationViewModel(test.clerk);
    }

    private void chooseFoodLicenceForAPerson() {
        chooseFoodLicenceFor("张三");
    }

    private void chooseFoodLicenceFor(String name) {
        chooseFoodLicenceFor(name, UiFixture.residentId(nextPerson++));
    }

    private void chooseFoodLicenceFor(String name, String idNumber) {
        flow.choice().queryProperty().set("食品经营");
        flow.choice().choose(flow.choice().results().get(0));
        flow.next();
        ApplicantViewModel applicant = flow.applicant();
        applicant.nameProperty().set(name);
        applicant.idNumberProperty().set(idNumber);
        applicant.phoneProperty().set("13800138000");
        applicant.addressProperty().set("福州市鼓楼区五四路 1 号");
        flow.next();
        assertThat(flow.stepProperty().get()).isEqualTo(Step.CHECKLIST);
        flow.checklist().markAllPresented();
    }

    private MaterialLineViewModel line(String code) {
        return flow.checklist().lines().stream().filter(l -> l.requirement().code().equals(code)).findFirst().orElseThrow();
    }

    private CaseState confirm() {
        flow.next();
        assertThat(flow.stepProperty().get()).isEqualTo(Step.CONFIRM);
        flow.next();
        return flow.confirm().savedProperty().get();
    }

    /** People by name with their staff number on every screen of the flow (the events keep the id). */
    @Test
    void theFirstResponsibleClerkIsNamedNotOnlyNumbered() {
        chooseFoodLicenceForAPerson();
        String named = "首问负责人：" + test.clerk.displayName() + "（工号 clerk01）";
        assertThat(flow.checklist().explanation()).contains(named).doesNotContain("首问负责人：clerk01");
        flow.next();
        assertThat(flow.confirm().summary()).contains(named);
        assertThat(flow.confirm().explanation()).contains(named).doesNotContain("首问负责人：clerk01");
    }

    @Test
    void acceptsWhenEveryMaterialIsPresented() {
        chooseFoodLicenceForAPerson();
        assertThat(flow.checklist().verdictProperty().get()).isEqualTo("受理");
        CaseState saved = confirm();
        assertThat(saved.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(saved.decision()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(saved.responsibleClerk()).isEqualTo("clerk01");
        assertThat(store.desk().state(saved.caseId()).intake().applicant().address()).isEqualTo("福州市鼓楼区五四路 1 号");
    }

    @Test
    void acceptsWithToleranceWhenOnlyATolerableMaterialIsOwedByADate() {
        chooseFoodLicenceForAPerson();
        line("M-JKZ").choose(MaterialStatus.TOLERATED);
        assertThat(flow.checklist().decisionProperty().get().kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        line("M-JKZ").promisedByProperty().set(LocalDate.of(2026, 11, 30));
        assertThat(flow.checklist().decisionProperty().get().kind()).isEqualTo(DecisionKind.ACCEPT_WITH_TOLERANCE);
        CaseState saved = confirm();
        assertThat(saved.decision()).isEqualTo(DecisionKind.ACCEPT_WITH_TOLERANCE);
        assertThat(saved.outstandingMaterials()).extracting(m -> m.materialCode()).containsExactly("M-JKZ");
    }

    @Test
    void acceptsOnCommitmentAndFlagsTheCaseForLaterVerification() {
        chooseFoodLicenceForAPerson();
        line("M-JKZ").choose(MaterialStatus.COMMITMENT);
        assertThat(flow.checklist().explanation()).anyMatch(l -> l.contains("事后核查"));
        CaseState saved = confirm();
        assertThat(saved.decision()).isEqualTo(DecisionKind.ACCEPT_ON_COMMITMENT);
        assertThat(saved.awaitingVerification()).extracting(m -> m.materialCode()).containsExactly("M-JKZ");
    }

    @Test
    void notifiesEveryMissingOrDefectiveMaterialAtOnce() {
        chooseFoodLicenceForAPerson();
        line("M-JKZ").choose(MaterialStatus.MISSING);
        line("M-SPAQZD").choose(MaterialStatus.DEFECTIVE);
        line("M-SPAQZD").problemProperty().set("未加盖公章");
        CaseState saved = confirm();
        assertThat(saved.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(saved.openDeficiencies()).extracting(d -> d.materialCode()).containsExactlyInAnyOrder("M-JKZ", "M-SPAQZD");
    }

    @Test
    void aStateTheMaterialDoesNotAllowIsNotOffered() {
        chooseFoodLicenceForAPerson();
        assertThat(line("M-SQB-SCJG-003").allowed()).doesNotContain(MaterialStatus.TOLERATED, MaterialStatus.COMMITMENT);
        assertThat(line("M-SQB-SCJG-003").choose(MaterialStatus.TOLERATED)).isFalse();
        assertThat(line("M-JKZ").allowed()).contains(MaterialStatus.TOLERATED, MaterialStatus.COMMITMENT);
        assertThat(line("M-SBBJ").allowed()).as("a core material").doesNotContain(MaterialStatus.TOLERATED);
        assertThat(line("M-SPAQZD").allowed()).as("written by the applicant").doesNotContain(MaterialStatus.COMMITMENT);
    }

    @Test
    void refusesOnlyWithASupervisorsConfirmation() {
        chooseFoodLicenceFor("不予受理测试人");
        flow.next();
        flow.confirm().refusingProperty().set(true);
        flow.confirm().refusalGroundProperty().set(RefusalGround.NOT_THIS_AUTHORITY);
        flow.confirm().refusalReasonProperty().set("该事项由区市场监督管理局受理");
        dialogs.answerCredentials("clerk01", "Clerk@2026");
        flow.next();
        assertThat(flow.confirm().savedProperty().get()).isNull();
        assertThat(dialogs.errors()).singleElement().asString().contains("窗口负责人");
        assertThat(store.cases().search("不予受理测试人", 10)).isEmpty();

        dialogs.answerCredentials("super01", "Super@2026");
        flow.next();
        CaseState saved = flow.confirm().savedProperty().get();
        assertThat(saved.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(saved.refusalReason()).contains("该事项由区市场监督管理局受理");
        assertThat(saved.responsibleClerk()).isEqualTo("clerk01");
    }

    @Test
    void aRefusalTheSupervisorDoesNotConfirmIsNotMade() {
        chooseFoodLicenceFor("未确认测试人");
        flow.next();
        flow.confirm().refusingProperty().set(true);
        assertThat(flow.confirm().verdictProperty().get()).contains("书面理由");
        flow.confirm().refusalReasonProperty().set("申请人不具备申请资格");
        assertThat(flow.confirm().verdictProperty().get()).contains("不予受理");
        dialogs.cancelCredentials();
        flow.next();
        assertThat(flow.confirm().savedProperty().get()).isNull();
        assertThat(flow.confirm().problemProperty().get()).contains("未经负责人确认");
        assertThat(store.cases().search("未确认测试人", 10)).isEmpty();
        flow.confirm().refusingProperty().set(false);
        flow.next();
        assertThat(flow.confirm().savedProperty().get().status()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void anItemWhoseStatutoryDeadlineFallsPastThePublishedHolidaysIsSavedWithAProvisionalDeadline() {
        // 居民身份证换领: promised 20 working days (2026-12-21), statutory 60 日 (into 2027, whose notice is not out)
        flow.choice().queryProperty().set("居民身份证换领");
        flow.choice().choose(flow.choice().results().get(0));
        flow.next();
        flow.applicant().nameProperty().set("换证甲");
        flow.applicant().idNumberProperty().set(ApplicantViewModelTest.VALID_ID);
        flow.applicant().phoneProperty().set("13800138000");
        flow.next();
        flow.checklist().markAllPresented();
        flow.next();
        flow.next();
        CaseState saved = flow.confirm().savedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(saved.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(saved.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(saved.statutoryProvisional()).isTrue();
    }

    @Test
    void aBundleAsksForEachSharedMaterialOnceAndSaysHowManyItSaves() {
        ItemChoiceViewModel.BundleSummary newborn = flow.choice().bundles().stream()
                .filter(b -> b.bundle().code().equals("YJS-XSE")).findFirst().orElseThrow();
        assertThat(newborn.saving()).matches("共需 \\d+ 份材料，逐项申请需 \\d+ 份，少交 \\d+ 份");
        flow.choice().chooseBundle(newborn);
        assertThat(flow.choice().chosen()).hasSize(5);
        assertThat(flow.choice().savingProperty().get()).isEqualTo(newborn.saving());
        flow.next();
        flow.applicant().nameProperty().set("张三");
        flow.applicant().idNumberProperty().set(UiFixture.residentId(nextPerson++));
        flow.applicant().phoneProperty().set("13800138000");
        flow.next();
        long shared = flow.checklist().lines().stream().filter(l -> l.requirement().code().equals("M-SFZ")).count();
        assertThat(shared).isEqualTo(1);
        flow.checklist().markAllPresented();
        CaseState saved = confirm();
        assertThat(saved.intake().bundleCode()).isEqualTo("YJS-XSE");
        assertThat(saved.intake().itemCodes()).hasSize(5);
    }

    @Test
    void findsItemsByPinyinInitials() {
        flow.choice().queryProperty().set("yyzz");
        assertThat(flow.choice().results()).isNotEmpty();
    }

    @Test
    void cannotGoOnWithoutAnItemOrWithAnInvalidApplicant() {
        flow.next();
        assertThat(flow.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(flow.messageProperty().get()).contains("请至少选择");
        flow.choice().choose((ItemSummary) flow.choice().results().get(0));
        flow.next();
        flow.applicant().idNumberProperty().set("110105194912310021");
        flow.next();
        assertThat(flow.stepProperty().get()).isEqualTo(Step.APPLICANT);
        assertThat(flow.applicant().idNumberProblemProperty().get()).contains("校验");
    }

    // --- the document step ---

    private DocumentStepViewModel documentStep(CaseState saved, String printerName) {
        test.workstation.usePrinters(IntakeTestStore.printerNamed(printerName));
        return new DocumentStepViewModel(saved, CatalogJson.bundled(), test.workstation.documents(),
                new CurrentThreadTaskExecutor(), Localization.chinese(), test.clerk);
    }

    private static List<String> titles(DocumentStepViewModel step) {
        return step.documents().stream().map(DocumentStepViewModel.Document::title).toList();
    }

    @Test
    void theReceiptIsPreviewedAsItsPdfAndZooms() {
        chooseFoodLicenceFor("文书甲");
        CaseState saved = confirm();
        DocumentStepViewModel step = documentStep(saved, IntakeTestStore.MISSING_PRINTER);
        assertThat(titles(step)).containsExactly("受理通知书");
        assertThat(step.pages()).isNotEmpty();
        assertThat(step.documents().get(0).number()).matches("政服受[0-9A-Z]{4}〔2026〕\\d+号");
        int width = step.pages().get(0).getWidth();
        step.zoomIn();
        assertThat(step.pages().get(0).getWidth()).isGreaterThan(width);
    }

    @Test
    void eachDecisionGetsItsOwnDocuments() {
        chooseFoodLicenceFor("文书乙");
        line("M-JKZ").choose(MaterialStatus.TOLERATED);
        line("M-JKZ").promisedByProperty().set(LocalDate.of(2026, 11, 30));
        assertThat(titles(documentStep(confirm(), IntakeTestStore.MISSING_PRINTER)))
                .containsExactly("受理通知书", "容缺受理通知书", "容缺受理承诺书");
        startAFlow();
        chooseFoodLicenceFor("文书戊");
        line("M-JKZ").choose(MaterialStatus.COMMITMENT);
        assertThat(titles(documentStep(confirm(), IntakeTestStore.MISSING_PRINTER))).containsExactly("受理通知书", "告知承诺书");
        startAFlow();
        chooseFoodLicenceFor("文书丙");
        line("M-JKZ").choose(MaterialStatus.MISSING);
        assertThat(titles(documentStep(confirm(), IntakeTestStore.MISSING_PRINTER))).containsExactly("补正材料一次性告知书");
    }

    @Test
    void aPrinterErrorLeavesTheCaseSavedAndPrintingCanBeTriedAgain() {
        chooseFoodLicenceFor("文书丁");
        CaseState saved = confirm();
        long events = store.events().size();
        DocumentStepViewModel step = documentStep(saved, IntakeTestStore.MISSING_PRINTER);
        step.print();
        assertThat(step.printFailedProperty().get()).isTrue();
        assertThat(step.statusProperty().get()).contains(IntakeTestStore.MISSING_PRINTER).contains("案件已保存");
        assertThat(store.events().size()).isEqualTo(events);
        assertThat(store.desk().state(saved.caseId()).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(store.documents().of(saved.caseId())).isEmpty();
    }

    @Test
    void aPrintedDocumentIsKeptWithTheCaseAndPrintingItAgainIsAReprint() throws Exception {
        String cupsPrinter = "OneWindow-PDF";
        Assumptions.assumeTrue(DocumentPrinter.printerNames().contains(cupsPrinter),
                "no CUPS printer " + cupsPrinter + " here (src/test/scripts/setup-cups.sh installs it)");
        chooseFoodLicenceFor("文书戊");
        CaseState saved = confirm();
        DocumentStepViewModel step = documentStep(saved, cupsPrinter);
        step.print();
        assertThat(step.statusProperty().get()).contains("已送打印机");
        step.print();
        assertThat(store.documents().of(saved.caseId())).extracting(ArchivedDocument::reprint).containsExactly(false, true);
        assertThat(store.desk().state(saved.caseId()).documents()).hasSize(2);

        long first = store.documents().of(saved.caseId()).get(0).id();
        test.workstation.usePrinters(IntakeTestStore.printerNamed(IntakeTestStore.MISSING_PRINTER));
        assertThatThrownBy(() -> test.workstation.documents().reprint(test.clerk, saved.caseId(), first))
                .hasMessageContaining("案件已保存");
        test.workstation.usePrinters(IntakeTestStore.printerNamed(cupsPrinter));
        test.workstation.documents().reprint(test.clerk, saved.caseId(), first);
        assertThat(store.documents().of(saved.caseId())).extracting(ArchivedDocument::reprint).containsExactly(false, true, true);
    }

    /**
     * Finding 8 of the day at the counter: the same ID, name and item were accepted twice the same day, and one ID under
     * four names, without a word. Now the clerk is warned and goes on only with a reason, kept with the case.
     */
    @Test
    void theSameApplicantAndItemStillOpenOrTheIdUnderAnotherNameIsWarnedAndGoesOnOnlyWithAReason() {
        String idNumber = UiFixture.residentId(nextPerson++);
        chooseFoodLicenceFor("重复甲", idNumber);
        assertThat(flow.confirm().warningTextProperty().get()).isEmpty();
        CaseState first = confirm();

        startAFlow();
        chooseFoodLicenceFor("重复乙", idNumber);
        assertThat(flow.confirm().warningTextProperty().get())
                .contains("同一事项尚有在办件 " + first.caseNumber())
                .contains("曾以“重复甲”的名义申请");
        dialogs.cancelReason();
        assertThat(confirm()).as("not saved without a reason").isNull();
        assertThat(flow.confirm().problemProperty().get()).contains("未说明理由");

        dialogs.answerReason("申请人更名，已核对户口簿");
        flow.next();
        CaseState second = flow.confirm().savedProperty().get();
        assertThat(second).isNotNull();
        assertThat(store.desk().acknowledgements(second.caseId())).hasSize(2)
                .allSatisfy(kept -> assertThat(kept).endsWith("｜申请人更名，已核对户口簿"));
    }

    private int casesKept(String idNumber) {
        return store.cases().byIdNumber(idNumber, 10).size();
    }

    /** Decision record 0033: by default the result is collected at the window and the materials were handed in. */
    @Test
    void byDefaultNothingComesWithTheAcceptance() {
        chooseFoodLicenceFor("窗口领");
        CaseState saved = confirm();
        assertThat(flow.confirm().mailResultProperty().get()).isFalse();
        assertThat(flow.confirm().postalIntakeProperty().get()).isFalse();
        assertThat(saved.afterAcceptance().mailTo()).isNull();
        assertThat(saved.afterAcceptance().postalIntake()).isNull();
    }

    @Test
    void aResultByPostWithAWrongPhoneIsRefusedInChineseAndNothingIsRecorded() {
        String idNumber = UiFixture.residentId(nextPerson++);
        chooseFoodLicenceFor("邮寄错", idNumber);
        flow.next();
        ConfirmViewModel confirm = flow.confirm();
        confirm.mailResultProperty().set(true);
        assertThat(confirm.mailRecipientProperty().get()).as("the applicant's, until the clerk writes another")
                .isEqualTo("邮寄错");
        assertThat(confirm.mailAddressProperty().get()).isEqualTo("福州市鼓楼区五四路 1 号");
        confirm.mailPhoneProperty().set("12345");

        flow.next();
        assertThat(confirm.savedProperty().get()).isNull();
        assertThat(confirm.problemProperty().get()).startsWith("收件人电话有误：");
        assertThat(casesKept(idNumber)).isZero();

        confirm.mailPhoneProperty().set("13800138000");
        confirm.mailAddressProperty().set("五四路");
        flow.next();
        assertThat(confirm.problemProperty().get()).contains("请填写完整的邮寄地址");

        confirm.postalIntakeProperty().set(true);
        confirm.mailAddressProperty().set("福州市鼓楼区五四路 1 号 3 幢");
        confirm.postalCourierProperty().set("中国邮政 EMS");
        confirm.postalWaybillProperty().set("EMS1");
        flow.next();
        assertThat(confirm.problemProperty().get()).contains("运单号");
        confirm.postalWaybillProperty().set("1190012345678");
        assertThat(confirm.postalArrivedOnProperty().get()).as("today, offered").isEqualTo(LocalDate.of(2026, 11, 23));
        confirm.postalArrivedOnProperty().set(null);
        flow.next();
        assertThat(confirm.problemProperty().get()).contains("请填写材料寄达日期");
        assertThat(casesKept(idNumber)).isZero();
    }

    @Test
    void aValidChoiceIsRecordedWithTheAcceptanceInOneTransaction() {
        String idNumber = UiFixture.residentId(nextPerson++);
        chooseFoodLicenceFor("邮寄对", idNumber);
        flow.next();
        ConfirmViewModel confirm = flow.confirm();
        confirm.mailResultProperty().set(true);
        confirm.mailRecipientProperty().set("邮寄对家属");
        confirm.mailPhoneProperty().set("138 0013 8000");
        confirm.mailAddressProperty().set("浙江省杭州市西湖区文三路 90 号 3 幢 201 室");
        confirm.postalIntakeProperty().set(true);
        confirm.postalCourierProperty().set("顺丰速运");
        confirm.postalWaybillProperty().set("SF1400123456789");
        // arriving after the day it is received: the rules on the case's facts refuse it inside the transaction
        confirm.postalArrivedOnProperty().set(IntakeTestStore.NOW.instant().atZone(IntakeTestStore.NOW.getZone())
                .toLocalDate().plusDays(3));

        flow.next();
        assertThat(confirm.savedProperty().get()).as("the acceptance is not kept without its steps").isNull();
        assertThat(confirm.problemProperty().get()).contains("材料寄达日期不能晚于收件登记日期");
        assertThat(casesKept(idNumber)).isZero();

        confirm.postalArrivedOnProperty().set(LocalDate.of(2026, 11, 21));
        flow.next();
        CaseState saved = confirm.savedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(saved.decision()).isEqualTo(DecisionKind.ACCEPT);
        CaseState kept = store.desk().state(saved.caseId());
        assertThat(kept.afterAcceptance().mailTo().recipient()).isEqualTo("邮寄对家属");
        assertThat(kept.afterAcceptance().mailTo().phone()).isEqualTo("13800138000");
        assertThat(kept.afterAcceptance().mailTo().address()).contains("文三路 90 号");
        assertThat(kept.afterAcceptance().postalIntake().waybillNumber()).isEqualTo("SF1400123456789");
        assertThat(kept.afterAcceptance().postalIntake().arrivedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(casesKept(idNumber)).isEqualTo(1);
    }

    /** The warnings' reason and the steps with the acceptance go through the one entry point together. */
    @Test
    void aWarnedClerkGoesOnWithAReasonAndTheMailAddressBoth() {
        String idNumber = UiFixture.residentId(nextPerson++);
        chooseFoodLicenceFor("重复邮寄", idNumber);
        confirm();

        startAFlow();
        chooseFoodLicenceFor("重复邮寄", idNumber);
        flow.next();
        flow.confirm().mailResultProperty().set(true);
        dialogs.answerReason("申请人补办，另案寄送");
        flow.next();
        CaseState second = flow.confirm().savedProperty().get();
        assertThat(second).isNotNull();
        assertThat(store.desk().acknowledgements(second.caseId())).isNotEmpty()
                .allSatisfy(kept -> assertThat(kept).endsWith("｜申请人补办，另案寄送"));
        assertThat(store.desk().state(second.caseId()).afterAcceptance().mailTo().address())
                .isEqualTo("福州市鼓楼区五四路 1 号");
    }
}
