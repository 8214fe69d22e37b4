package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.ui.app.FxDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.cases.CaseLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding 14 of the day at the counter: at 1024×768 the tables cut case and ID numbers, the case detail showed one
 * timeline row, and the supervisor's dialog opened at the screen's corner. The window at 1024×768, as such a PC has it.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenLayoutTest {

    private static UiFixture fixture;
    private static CaseState tolerated;
    private Stage stage;

    @BeforeAll
    static void cases() throws Exception {
        fixture = UiFixture.at(Files.createTempDirectory("small-screen-test"), "2026-11-23T02:00:00Z");
        tolerated = fixture.acceptedWithTolerance("小屏幕测试", UiFixture.residentId(31));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.showMainWindow(stage);
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @Test
    void theCaseListShowsWholeCaseAndIdNumbers(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<CaseLine> table = robot.lookup("#caseTable").queryAs(TableView.class);
        CaseLine line = table.getItems().get(0);

        assertThat(table.getWidth()).isLessThan(1024);
        assertWhole(table.getColumns().get(0), line.caseNumber());
        assertWhole(table.getColumns().get(2), line.idMasked());
    }

    private static void assertWhole(TableColumn<?, ?> column, String value) {
        Text text = new Text(value);
        text.setStyle("-fx-font-family: 'Noto Sans SC'; -fx-font-size: 14px;");
        double needed = text.getLayoutBounds().getWidth() + 16; // the cell's padding
        assertThat(column.getWidth()).as("%s needs %.0f px", value, needed).isGreaterThanOrEqualTo(needed);
    }

    @Test
    void theCaseDetailShowsSeveralLinesOfItsTimeline(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText(tolerated.caseNumber()));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
        robot.clickOn("#caseTable").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> timeline = robot.lookup("#caseTimeline").queryAs(TableView.class);
        assertThat(timeline.getHeight()).as("room for the header and at least four events").isGreaterThanOrEqualTo(150);
    }

    @Test
    void aDialogOpensCentredOnTheWindowWithItsTitleInside(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(Localization.chinese(), () -> stage);
        robot.interact(() -> Platform.runLater(() -> dialogs.askCredentials("窗口负责人确认不予受理", "请负责人输入工号和密码。")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#credentialsUsername").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.lookup("#credentialsUsername").query().getScene().getWindow();

        double dialogCentreX = dialog.getX() + dialog.getWidth() / 2;
        double dialogCentreY = dialog.getY() + dialog.getHeight() / 2;
        assertThat(dialogCentreX).isCloseTo(stage.getX() + stage.getWidth() / 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(dialogCentreY).isCloseTo(stage.getY() + stage.getHeight() / 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("窗口负责人确认不予受理");
        assertThat(stage.getWidth()).as("the main window keeps its size").isEqualTo(1024);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theHomeScreenWithDocumentsToPrintKeepsTheStatusBarInAShortWindow(FxRobot robot) throws Exception {
        fixture.workstation().documents().issueAll(tolerated.caseId()); // issued, never printed
        robot.interact(() -> stage.setHeight(680)); // 768 less a window manager's title bar and a panel
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        TableView<?> unprinted = robot.lookup("#unprintedTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !unprinted.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Node statusBar = robot.lookup(".status-bar").query();
        Bounds bar = statusBar.localToScene(statusBar.getLayoutBounds());
        Node header = robot.lookup(".shell-header").query();
        Bounds top = header.localToScene(header.getLayoutBounds());
        double height = stage.getScene().getHeight();
        assertThat(bar.getMaxY()).as("the status bar ends inside the %.0f px window", height).isLessThanOrEqualTo(height + 0.5);
        assertThat(top.getMinY()).as("the header starts at the window's top").isGreaterThanOrEqualTo(-0.5);
    }

    @Test
    void theCaseDetailSelectsTheDocumentNotPrintedYetSoCtrlPPrintsIt(FxRobot robot) throws Exception {
        CaseState accepted = fixture.acceptedOn("2026-11-23T02:00:00Z", "详情待打印", UiFixture.residentId(41));
        fixture.workstation().documents().issueAll(accepted.caseId()); // issued, never printed
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText(accepted.caseNumber()));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
        robot.clickOn("#caseTable").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#caseDocuments").tryQuery().isPresent()
                && !robot.lookup("#caseDocuments").queryAs(TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> documents = robot.lookup("#caseDocuments").queryAs(TableView.class);
        assertThat(documents.getSelectionModel().getSelectedIndex()).as("the unprinted document selected").isZero();
        assertThat(robot.lookup("#casePrintButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
