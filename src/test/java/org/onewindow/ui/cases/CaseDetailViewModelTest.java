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
                workstation.documents(), workstation.signIn(), UiFixture.CATALOG, session, dialogs,
                new CurrentThreadTaskExecutor(), Localization.chinese());
        detail.refresh();
        return detail;
    }

    private static PrinterSettings printerNamed(String name) {
        PrinterSettings settings = PrinterSettings.defaults();
        for (PrinterRole role : PrinterRole.values()) {
            settings = settings.withPrinter(role, name);
        }
        return settings;
    }

    @Test
    void showsTheStatusWithItsExchangeCodeTheDatesAndTheToleratedMaterialsStillOwed() {
        CaseDetailViewModel detail = detail(printerNamed("any"));

        assertThat(detail.caseNumberProperty().get()).isEqualTo(tolerated.caseNumber());
        assertThat(detail.statusProperty().get()).isEqualTo("05 受理 容缺受理");
        assertThat(detail.applicantProperty().get()).isEqualTo("张三丰（居民身份证 110105********002X）");
        assertThat(detail.promisedDateProperty().get()).isEqualTo(tolerated.promisedDate().toString());
        assertThat(detail.statutoryDeadlineProperty().get()).isEqualTo(tolerated.statutoryDeadline().toString());
        assertThat(detail.outstanding()).hasSize(tolerated.outstandingMaterials().size())
                .allSatisfy(line -> assertThat(line).startsWith("容缺：").contains("2026-11-28 前补齐"));
    }

    @Test
    void theTimelineSaysWhoDidWhatWhenWithTheEventsChineseLabels() {
        CaseDetailViewModel detail = detail(printerNamed("any"));

        assertThat(detail.timeline()).extracting(TimelineEntry::what).containsExactly("受理", "打印");
        assertThat(detail.timeline().get(0).who()).as("the name, not the login id").isEqualTo("王晓梅");
        assertThat(detail.timeline().get(0).when()).isEqualTo("2026-11-23 10:00:00");
        assertThat(detail.timeline().get(0).detail()).startsWith("容缺受理，承诺办结日期");
        assertThat(detail.timeline().get(1).detail()).startsWith("受理通知书、");
        assertThat(detail.documents()).extracting(DocumentLine::kind).containsExactly("受理通知书");
    }

    @Test
    void aClerkCannotReprintWithoutASupervisorsPassword() {
        session.signIn(UiFixture.CLERK);
        CaseDetailViewModel detail = detail(printerNamed("any"));
        dialogs.answerCredentials("clerk01", "Clerk@2026");

        detail.reprint(detail.documents().get(0));

        assertThat(dialogs.errors()).singleElement().asString().contains("负责人");
        assertThat(fixture.store().documents().of(tolerated.caseId())).hasSize(1);
    }

    @Test
    void aReprintThatCannotBePrintedRecordsNothingAndSaysWhy() {
        session.signIn(new User("super01", "李建国", Role.SUPERVISOR));
        CaseDetailViewModel detail = detail(printerNamed("不存在的打印机"));

        detail.reprint(detail.documents().get(0));

        assertThat(dialogs.errors()).singleElement().asString().contains("补打");
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

        detail.reprint(detail.documents().get(0));

        assertThat(dialogs.errors()).isEmpty();
        assertThat(detail.documents()).extracting(DocumentLine::reprint).containsExactly(false, true);
        assertThat(detail.timeline()).last().extracting(TimelineEntry::who, TimelineEntry::what)
                .containsExactly("李建国", "打印");
    }
}
