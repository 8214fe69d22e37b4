package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
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
import org.onewindow.ui.app.PooledTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window never waits for the disk: with the app's own background pool, every read and write of the store
 * made on the JavaFX thread is caught, while a clerk signs in, looks at the home screen, searches the case
 * list, opens a case, opens its supplement and takes a new application through to its documents.
 */
@ExtendWith(ApplicationExtension.class)
class WindowThreadTest {

    private static Path directory;
    private static UiFixture fixture;
    private static CaseState tolerated;
    private static final List<String> onTheWindowsThread = new CopyOnWriteArrayList<>();
    private static PooledTaskExecutor tasks;

    @BeforeAll
    static void cases() throws Exception {
        directory = Files.createTempDirectory("window-thread-test");
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        tolerated = fixture.acceptedWithTolerance("张三丰", "11010519491231002X");
        fixture.workstation().keepTheStoreOffThreads(Platform::isFxApplicationThread, onTheWindowsThread::add);
        tasks = new PooledTaskExecutor(2);
    }

    @AfterAll
    static void close() {
        tasks.shutdown();
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage, tasks);
    }

    private static void waitUntil(FxRobot robot, Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("never happened: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void aClerksRoundOfTheScreensNeverTouchesTheStoreOnTheWindowsThread(FxRobot robot) {
        waitUntil(robot, () -> shown(robot, "#loginUsername"), "the sign-in screen");
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        waitUntil(robot, () -> shown(robot, "#homeGreeting")
                && !robot.lookup("#todayTable").queryAs(TableView.class).getItems().isEmpty(), "today's cases at home");

        robot.type(KeyCode.F3);
        waitUntil(robot, () -> shown(robot, "#caseQuery"), "the case list");
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText("张三丰"));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
        waitUntil(robot, () -> robot.lookup("#caseTable").queryAs(TableView.class).getItems().size() == 1, "the search");
        robot.clickOn("#caseTable").type(KeyCode.ENTER);
        waitUntil(robot, () -> shown(robot, "#caseNumber")
                && tolerated.caseNumber().equals(robot.lookup("#caseNumber").queryAs(Label.class).getText()), "the case");

        robot.type(KeyCode.F6);
        waitUntil(robot, () -> shown(robot, "#supplementHeading")
                && robot.lookup("#supplementHeading").queryAs(Label.class).getText().contains(tolerated.caseNumber()),
                "the supplement of the case");
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.F2);
        waitUntil(robot, () -> shown(robot, "#itemQuery"), "a new application");
        robot.write("食品经营").type(KeyCode.ENTER);
        waitUntil(robot, () -> !robot.lookup("#chosenItems").queryListView().getItems().isEmpty(), "the chosen item");
        robot.write("线程乙").type(KeyCode.TAB).write(UiFixture.residentId(7)).type(KeyCode.TAB)
                .write("13800138000").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        waitUntil(robot, () -> shown(robot, "#documentStep"), "the document step");
        waitUntil(robot, () -> !robot.lookup("#documentPages").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty(),
                "the receipt's preview");

        assertThat(fixture.store().cases().search("线程乙", 5)).as("the round really saved a case").hasSize(1);
        assertThat(onTheWindowsThread).as("store access on the JavaFX thread").isEmpty();
    }

    /** The watch itself: a read made on the JavaFX thread is caught, so an empty list above means something. */
    @Test
    void aReadOnTheWindowsThreadIsCaught(FxRobot robot) {
        List<String> before = List.copyOf(onTheWindowsThread);
        robot.interact(() -> fixture.store().cases().count());

        assertThat(onTheWindowsThread).hasSize(before.size() + 1).last().asString().startsWith("a read");
        onTheWindowsThread.clear();
        onTheWindowsThread.addAll(before);
    }
}
