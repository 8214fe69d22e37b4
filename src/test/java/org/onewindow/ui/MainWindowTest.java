package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.FakeDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.UncaughtErrors;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, headless: sign in, the home screen, the case list's search, a case's detail,
 * and locking. One workspace is shared by the tests; each test gets a fresh window on it.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static Path directory;
    private static UiFixture fixture;
    private static CaseState overdue;
    private static CaseState tolerated;

    @BeforeAll
    static void cases() throws Exception {
        directory = Files.createTempDirectory("main-window-test");
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        overdue = fixture.acceptedOn("2026-10-09T02:00:00Z", "欧阳娜娜", "110105194912310046");
        tolerated = fixture.acceptedWithTolerance("张三丰", "11010519491231002X");
        fixture.acceptedOn("2026-11-23T01:00:00Z", "李四", "110105194912310046");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage, new CurrentThreadTaskExecutor(), dialogs);
    }

    /** Finding 7 of the day at the counter: F2 or F3 in the middle of an application threw the draft away. */
    @Test
    void f2OrF3InTheMiddleOfAnApplicationNeverThrowsTheDraftAway(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F2).write("食品经营").type(KeyCode.ENTER).write("草稿甲");

        robot.type(KeyCode.F3);
        assertThat(robot.lookup("#caseQuery").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#applicantName").queryAs(TextField.class).getText()).as("back to the draft").isEqualTo("草稿甲");

        dialogs.answerConfirm(false);
        robot.type(KeyCode.F2);
        assertThat(dialogs.shown()).extracting(FakeDialogService.Shown::kind).containsExactly("confirm");
        assertThat(robot.lookup("#applicantName").queryAs(TextField.class).getText()).as("kept").isEqualTo("草稿甲");

        robot.type(KeyCode.F3);
        dialogs.answerConfirm(true);
        robot.type(KeyCode.F2);
        assertThat(robot.lookup("#itemQuery").query().isVisible()).isTrue();
        assertThat(robot.lookup("#chosenItems").queryListView().getItems()).as("a fresh application").isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#homeGreeting").tryQuery()).as("the discarded draft is not behind it").isPresent();
    }

    @Test
    void signsInAndSeesTodaysCasesAndTheOverdueOne(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");

        assertThat(robot.lookup("#homeGreeting").queryAs(Label.class).getText()).startsWith("王晓梅，上午好 · 2026年11月23日 星期一");
        TableView<?> today = robot.lookup("#todayTable").queryAs(TableView.class);
        assertThat(today.getItems()).hasSize(2);
        TableView<?> deadlines = robot.lookup("#deadlineTable").queryAs(TableView.class);
        assertThat(deadlines.getItems()).extracting(Object::toString).first().asString()
                .contains(overdue.caseNumber()).contains("已超");
    }

    @Test
    void theSignInScreenOffersEnglishAndTheEnglishTextsAreComplete(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#languageButton").query().getScene().getWindow();
        robot.interact(() -> {
            MainWindow english = new MainWindow(stage, Localization.of(java.util.Locale.ENGLISH, Localization.BUNDLES),
                    new FakeDialogService(), new CurrentThreadTaskExecutor(), () -> { });
            english.show();
            english.open(fixture::workstation, directory, () -> { });
        });

        assertThat(robot.lookup("#signInButton").queryButton().getText()).isEqualTo("Sign in (Enter)");
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        assertThat(robot.lookup("#homeGreeting").queryAs(Label.class).getText())
                .isEqualTo("Good morning, 王晓梅 · Monday, 23 November 2026");
        // finding 15: role names, statuses and the decision in English too, not the domain's Chinese terms
        assertThat(robot.lookup(".clerk").queryAs(Label.class).getText()).isEqualTo("王晓梅 (counter clerk)");
        robot.type(KeyCode.F3);
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText("张三丰"));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
        robot.clickOn("#caseTable").type(KeyCode.ENTER);
        assertThat(robot.lookup("#caseStatus").queryAs(Label.class).getText())
                .isEqualTo("Accepted (Accept with materials to follow)");
        assertThat(robot.lookup("#casePromisedDate").queryAs(Label.class).getText()).matches("\\d{1,2} \\w{3} 2026");
    }

    @Test
    void aWrongPasswordIsRefusedWithAChineseMessage(FxRobot robot) {
        UiFixture.signIn(robot, "agent01", "not-the-password");

        assertThat(robot.lookup("#loginMessage").queryAs(Label.class).getText()).contains("密码");
        assertThat(robot.lookup("#homeGreeting").tryQuery()).isEmpty();
    }

    @Test
    void searchesTheCaseListByApplicantNameAndOpensTheCaseWithItsTimeline(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText("张三丰"));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);

        TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("#caseTable").type(KeyCode.ENTER);

        assertThat(robot.lookup("#caseNumber").queryAs(Label.class).getText()).isEqualTo(tolerated.caseNumber());
        assertThat(robot.lookup("#caseStatus").queryAs(Label.class).getText()).isEqualTo("受理（容缺受理）");
        assertThat(robot.lookup("#caseOutstanding").queryAs(javafx.scene.control.ListView.class).getItems())
                .isNotEmpty().allSatisfy(line -> assertThat(line.toString()).startsWith("容缺："));
        TableView<?> timeline = robot.lookup("#caseTimeline").queryAs(TableView.class);
        assertThat(timeline.getItems()).extracting(Object::toString).first().asString()
                .contains("受理").contains("王晓梅").contains("容缺受理");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#caseTable").tryQuery()).isPresent();
    }

    @Test
    void aMistypedCaseNumberIsCaughtByItsCheckCharacter(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        String number = overdue.caseNumber();
        char last = number.charAt(number.length() - 1);
        String mistyped = number.substring(0, number.length() - 1) + (last == 'A' ? 'B' : 'A');
        robot.clickOn("#caseQuery").write(mistyped).type(KeyCode.ENTER);

        assertThat(robot.lookup("#caseListMessage").queryAs(Label.class).getText()).contains("校验");
    }

    @Test
    void f2OpensTheNewApplicationFlowAndEscComesBackHome(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F2);

        assertThat(robot.lookup("#itemQuery").tryQuery()).isPresent();
        assertThat(robot.lookup("#homeGreeting").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#homeGreeting").tryQuery()).isPresent();
    }

    @Test
    void anUncaughtErrorIsLoggedAndShownOnceAsACalmChineseMessage(FxRobot robot) {
        FakeDialogService dialogs = new FakeDialogService();
        UncaughtErrors handler = new UncaughtErrors(dialogs, Localization.chinese());

        // two failures in one burst on the JavaFX thread (e.g. in one layout pass) give one dialog
        robot.interact(() -> {
            handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));
            handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom again"));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors()).containsExactly(
                "程序遇到了一个意外问题，详情已记入日志。已保存的办件不受影响，您可以继续操作；如反复出现，请联系系统管理员。");
    }

    @Test
    void lockingKeepsTheClerkAndOnlyTheirPasswordUnlocks(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);

        assertThat(robot.lookup("#homeGreeting").tryQuery()).isEmpty();
        assertThat(robot.lookup("#loginUsername").queryAs(TextField.class).getText()).isEqualTo("clerk01");
        robot.clickOn("#loginPassword").write("Clerk@2026").type(KeyCode.ENTER);

        assertThat(robot.lookup("#homeGreeting").tryQuery()).isPresent();
    }

    /** Finding 8: an ID accepted under other names and an open case of the same item: warned, and gone on with a reason. */
    @Test
    void anIdSeenUnderAnotherNameIsWarnedBeforeTheCaseIsRecordedAndNeedsAReason(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F2).write("食品经营").type(KeyCode.ENTER);
        robot.write("王五").type(KeyCode.TAB).write("110105194912310046").type(KeyCode.TAB)
                .write("13800138000").type(KeyCode.ENTER);

        Label warnings = robot.lookup("#intakeWarnings").queryAs(Label.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).contains("同一事项尚有在办件").contains("曾以“欧阳娜娜”的名义申请")
                .contains("曾以“李四”的名义申请");
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        dialogs.answerReason("户籍信息已更正，核对无误");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);

        assertThat(dialogs.shown()).extracting(FakeDialogService.Shown::kind).contains("reason");
        assertThat(robot.lookup("#documentHeading").tryQuery()).as("recorded after the reason").isPresent();
        var saved = fixture.store().cases().search("王五", 5).get(0);
        assertThat(fixture.store().desk().acknowledgements(saved.caseId())).isNotEmpty()
                .allSatisfy(kept -> assertThat(kept).endsWith("｜户籍信息已更正，核对无误"));
    }
}
