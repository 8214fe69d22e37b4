package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.store.ArchivedDocument;
import org.onewindow.store.CaseRow;
import org.onewindow.ui.home.UnprintedLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding 3 of the day at the counter: a document whose print failed could never be printed later. Now every
 * document the decision produced is kept with the case; the home screen lists the unprinted ones and prints
 * them as a first print, not a 补打.
 */
@ExtendWith(ApplicationExtension.class)
class UnprintedDocumentsWindowTest {

    private static final String CUPS_PDF_PRINTER = "OneWindow-PDF";
    private static UiFixture fixture;

    @BeforeAll
    static void workspace() throws Exception {
        fixture = UiFixture.at(Files.createTempDirectory("unprinted-documents-test"), "2026-11-23T02:00:00Z");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage);
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("never happened: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aReceiptWhosePrintFailedIsOnTheHomeScreenAndPrintsThereAsAFirstPrint(FxRobot robot) {
        assumeTrue(DocumentPrinter.printerNames().contains(CUPS_PDF_PRINTER),
                "no CUPS printer " + CUPS_PDF_PRINTER + " here (src/test/scripts/setup-cups.sh installs it)");
        fixture.workstation().usePrinters(PrinterSettings.defaults().withPrinter(PrinterRole.RECEIPT, "关着的打印机"));
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F2).write("食品经营").type(KeyCode.ENTER);
        robot.write("打印失败").type(KeyCode.TAB).write("11010519491231002X").type(KeyCode.TAB)
                .write("13800138000").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#documentPages").tryQuery().isPresent()
                && !robot.lookup("#documentPages").queryAs(VBox.class).getChildren().isEmpty(), "the receipt's preview");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> text(robot, "#documentStatus").contains("关着的打印机"), "the printer's failure");
        CaseRow saved = fixture.store().cases().search("打印失败", 5).get(0);
        assertThat(fixture.store().documents().of(saved.caseId())).as("nothing printed yet").isEmpty();

        robot.press(KeyCode.ALT).type(KeyCode.HOME).release(KeyCode.ALT);
        @SuppressWarnings("unchecked")
        TableView<UnprintedLine> unprinted = robot.lookup("#unprintedTable").queryAs(TableView.class);
        waitUntil(() -> !unprinted.getItems().isEmpty(), "the unprinted receipt on the home screen");
        assertThat(unprinted.getItems()).extracting(UnprintedLine::caseNumber, UnprintedLine::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(saved.caseNumber(), "受理通知书"));
        assertThat(text(robot, "#unprintedTitle")).isEqualTo("待打印文书（1 份）");

        fixture.workstation().usePrinters(PrinterSettings.defaults().withPrinter(PrinterRole.RECEIPT, CUPS_PDF_PRINTER));
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> !fixture.store().documents().of(saved.caseId()).isEmpty(), "the receipt printed");

        List<ArchivedDocument> printed = fixture.store().documents().of(saved.caseId());
        assertThat(printed).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo("RECEIPT");
            assertThat(document.reprint()).as("a first print, not a 补打").isFalse();
            assertThat(document.documentNumber()).isEqualTo(
                    fixture.store().issued().ofCase(saved.caseId()).get(0).documentNumber());
        });
        waitUntil(() -> unprinted.getItems().isEmpty(), "the home screen's list emptied");
        assertThat(robot.lookup("#unprintedCard").query().isVisible()).isFalse();
    }
}
