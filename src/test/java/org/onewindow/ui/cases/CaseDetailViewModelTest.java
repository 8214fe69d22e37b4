package org.onewindow.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.Workstation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.ui.UiFixture;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.FakeDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;

/** The case detail on a real store: what it shows, and 补打 only with a supervisor. */
class CaseDetailViewModelTest {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");

    private static final String CUPS_PDF_PRINTER = "OneWindow-PDF";

    @TempDir
    Path directory;
    private UiFixture fixture;
    private final Session session = new Session();
    private final FakeDialogService dialogs = new FakeDialogService();
    private CaseState tolerated;

    @BeforeEach
    void openCase() {
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        tolerated = fixture.acceptedWithTolerance("张三丰", "11010519491231002X");
        fixture.printFirstDocument(tolerated);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CaseDetailViewModel detail(PrinterSettings printers) {
        Workstation workstation = fixture.workstation();
        workstation.usePrinters(printers);
        CaseDetailViewModel detail = new CaseDetailViewModel(tolerated.caseId(), workstation.cases(),
                workstation.documents(), workstation.signIn(), workstation.voidCase(), UiFixture.CATALOG, session, dialogs,
                new CurrentThreadTaskExecutor(), Localization.chinese());
        detail.refresh();
        return detail;
    }

    private static DocumentLine printedReceipt(CaseDetailViewModel detail) {
        return detail.documents().stream().filter(DocumentLine::printed).findFirst().orElseThrow();
    }

    private static PrinterSettings printerNamed(String name) {
        PrinterSettings settings = PrinterSettings.defaults();
        for (PrinterRole role : PrinterRole.values()) {
            settings = settings.withPrinter(role, name);
        }
        return settings;
    }

    @Test
    void showsTheStatusAndItsKindOfAcceptanceTheDatesAndTheToleratedMaterialsStillOwed() {
        CaseDetailViewModel detail = detail(printerNamed("any"));

        assertThat(detail.caseNumberProperty().get()).isEqualTo(tolerated.caseNumber());
        assertThat(detail.statusProperty().get()).isEqualTo("受理（容缺受理）");
        assertThat(detail.applicantProperty().get()).isEqualTo("张三丰（居民身份证 110105********002X）");
        assertThat(detail.phoneProperty().get()).isEqualTo("13800138000");
        assertThat(detail.promisedDateProperty().get()).isEqualTo(DATE.format(tolerated.promisedDate()));
        assertThat(detail.statutoryDeadlineProperty().get()).isEqualTo(DATE.format(tolerated.statutoryDeadline()));
        assertThat(detail.outstanding()).hasSize(tolerated.outstandingMaterials().size())
                .allSatisfy(line -> assertThat(line).startsWith("容缺：").contains("2026年11月28日 前补齐"));
        assertThat(detail.materials()).hasSize(tolerated.intake().materials().size())
                .anySatisfy(line -> assertThat(line).contains("：容缺后补（承诺于 2026年11月28日 前补齐）"))
                .anySatisfy(line -> assertThat(line).endsWith("：已收原件"));
    }

    @Test
    void theTimelineSaysWhoDidWhatWhenWithTheEventsChineseLabels() {
        CaseDetailViewModel detail = detail(printerNamed("any"));

        assertThat(detail.timeline()).extracting(TimelineEntry::what).containsExactly("受理", "打印");
        assertThat(detail.timeline().get(0).who()).as("the name, not the login id").isEqualTo("王晓梅");
        assertThat(detail.timeline().get(0).when()).isEqualTo("2026-11-23 10:00:00");
        assertThat(detail.timeline().get(0).detail()).startsWith("容缺受理，承诺办结日期");
        assertThat(detail.timeline().get(1).detail()).startsWith("受理通知书、");
        assertThat(detail.documents()).extracting(DocumentLine::kind, DocumentLine::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("容缺受理通知书", "未打印"),
                org.assertj.core.groups.Tuple.tuple("容缺受理承诺书", "未打印"),
                org.assertj.core.groups.Tuple.tuple("受理通知书", "已打印"));
    }

    @Test
    void aClerkCannotReprintWithoutASupervisorsPassword() {
        session.signIn(UiFixture.CLERK);
        CaseDetailViewModel detail = detail(printerNamed("any"));
        dialogs.answerCredentials("clerk01", "Clerk@2026");

        detail.reprint(printedReceipt(detail));

        assertThat(dialogs.errors()).singleElement().asString().contains("负责人");
        assertThat(fixture.store().documents().of(tolerated.caseId())).hasSize(1);
    }

    @Test
    void aReprintThatCannotBePrintedRecordsNothingAndSaysWhy() {
        session.signIn(new User("super01", "李建国", Role.SUPERVISOR));
        CaseDetailViewModel detail = detail(printerNamed("不存在的打印机"));

        detail.reprint(printedReceipt(detail));

        assertThat(dialogs.errors()).singleElement().asString().contains("找不到打印机").contains("再次打印");
        assertThat(dialogs.shown()).filteredOn(shown -> shown.kind().equals("error"))
                .extracting(FakeDialogService.Shown::title).containsExactly("补打文书");
        assertThat(fixture.store().documents().of(tolerated.caseId())).hasSize(1);
        assertThat(dialogs.shown()).noneMatch(shown -> shown.kind().equals("credentials"));
    }

    @Test
    void aSupervisorConfirmingOnTheSpotGetsTheDocumentReprintedAndArchivedAs补打() {
        assumeTrue(DocumentPrinter.printerNames().contains(CUPS_PDF_PRINTER),
                "no CUPS printer " + CUPS_PDF_PRINTER + " here (src/test/scripts/setup-cups.sh installs it)");
        session.signIn(UiFixture.CLERK);
        CaseDetailViewModel detail = detail(printerNamed(CUPS_PDF_PRINTER));
        dialogs.answerCredentials("super01", "Super@2026");

        detail.reprint(printedReceipt(detail));

        assertThat(dialogs.errors()).isEmpty();
        assertThat(detail.documents()).filteredOn(DocumentLine::printed).extracting(DocumentLine::state)
                .containsExactly("已打印", "补打");
        assertThat(detail.timeline()).last().extracting(TimelineEntry::who, TimelineEntry::what)
                .containsExactly("李建国", "打印");
    }

    @Test
    void aDocumentNotPrintedYetIsPrintedFromTheCaseAsAFirstPrintWithoutASupervisor() {
        assumeTrue(DocumentPrinter.printerNames().contains(CUPS_PDF_PRINTER),
                "no CUPS printer " + CUPS_PDF_PRINTER + " here (src/test/scripts/setup-cups.sh installs it)");
        session.signIn(UiFixture.CLERK);
        CaseDetailViewModel detail = detail(printerNamed(CUPS_PDF_PRINTER));
        DocumentLine notice = detail.documents().stream().filter(line -> !line.printed()).findFirst().orElseThrow();

        detail.print(notice);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(fixture.store().documents().of(tolerated.caseId())).filteredOn(d -> d.documentNumber().equals(notice.number()))
                .singleElement().satisfies(printed -> assertThat(printed.reprint()).isFalse());
        assertThat(detail.documents()).filteredOn(line -> line.number().equals(notice.number()))
                .extracting(DocumentLine::state).containsExactly("已打印");
    }

    @Test
    void aSupervisorVoidsTheCaseWithAReasonAndItsVoidNoticeFollowsForThePapersHandedOut() {
        session.signIn(new User("super01", "李建国", Role.SUPERVISOR));
        CaseDetailViewModel detail = detail(printerNamed("any"));
        dialogs.answerReason("申请人当场撤回申请");

        detail.voidCase();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(fixture.store().desk().state(tolerated.caseId()).status()).isEqualTo(CaseStatus.VOIDED);
        assertThat(detail.voidedWithNoticeProperty().get()).isNotNull();
        assertThat(fixture.workstation().documents().draftsFor(tolerated.caseId()))
                .extracting(draft -> draft.kind().title()).containsExactly("作废通知书");
        assertThat(detail.noteProperty().get()).isEqualTo("作废理由：申请人当场撤回申请");
        assertThat(detail.mayVoidProperty().get()).isFalse();
    }

    @Test
    void aClerkVoidsOnlyWithASupervisorPresentAndACancelledReasonVoidsNothing() {
        session.signIn(UiFixture.CLERK);
        CaseDetailViewModel detail = detail(printerNamed("any"));
        dialogs.cancelReason();
        detail.voidCase();
        assertThat(fixture.store().desk().state(tolerated.caseId()).status()).isEqualTo(CaseStatus.ACCEPTED);

        dialogs.answerReason("重复受理").answerCredentials("clerk01", "Clerk@2026");
        detail.voidCase();
        assertThat(dialogs.errors()).singleElement().asString().contains("负责人");
        assertThat(fixture.store().desk().state(tolerated.caseId()).status()).isEqualTo(CaseStatus.ACCEPTED);

        dialogs.answerReason("重复受理").answerCredentials("super01", "Super@2026");
        detail.voidCase();
        assertThat(fixture.store().desk().state(tolerated.caseId()).voidReason()).isEqualTo("重复受理");
    }
}
