package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.onewindow.ui.cases.CaseLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Finding 12 of the day at the counter, in the real window: statuses in words with the kind of acceptance, a search
 * by phone, F6 on the case in view or selected, a number found without its check letter, the case detail's phone,
 * address and materials.
 */
@ExtendWith(ApplicationExtension.class)
class CaseListWindowTest {

    private static UiFixture fixture;
    private static CaseState plain;
    private static CaseState tolerated;

    @BeforeAll
    static void cases() throws Exception {
        fixture = UiFixture.at(Files.createTempDirectory("case-list-window-test"), "2026-11-23T02:00:00Z");
        plain = fixture.acceptedOn("2026-11-23T01:00:00Z", "普通受理", UiFixture.residentId(11));
        tolerated = fixture.acceptedWithTolerance("容缺受理人", UiFixture.residentId(12));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseLine> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    private static void search(FxRobot robot, String typed) {
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText(typed));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void statusesAreInWordsAndToleranceIsToldFromAPlainAcceptance(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);

        assertThat(table(robot).getItems()).extracting(CaseLine::caseNumber, CaseLine::status).contains(
                org.assertj.core.groups.Tuple.tuple(plain.caseNumber(), "受理"),
                org.assertj.core.groups.Tuple.tuple(tolerated.caseNumber(), "受理（容缺受理）"));
        assertThat(table(robot).getItems()).extracting(CaseLine::status).noneMatch(status -> status.matches(".*\\d.*"));
    }

    @Test
    void aCaseIsFoundByTheApplicantsPhoneAsTheyGiveIt(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);

        search(robot, "138 0013 8000");
        assertThat(table(robot).getItems()).extracting(CaseLine::caseNumber)
                .contains(plain.caseNumber(), tolerated.caseNumber());
        search(robot, "13900139000");
        assertThat(table(robot).getItems()).isEmpty();
    }

    @Test
    void f6OnTheCaseInViewTakesThatCaseEvenWhenItOwesNothing(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        search(robot, plain.caseNumber());
        robot.clickOn("#caseTable").type(KeyCode.ENTER);
        assertThat(text(robot, "#casePhone")).isEqualTo("13800138000");
        assertThat(robot.lookup("#caseMaterials").queryListView().getItems()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.toString()).endsWith("：已收原件"));

        robot.type(KeyCode.F6);

        assertThat(text(robot, "#supplementHeading")).contains(plain.caseNumber());
        assertThat(text(robot, "#supplementProblem")).contains("没有待补正或待补齐的材料");
    }

    @Test
    void f6OnACaseSelectedInTheListTakesThatCase(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        search(robot, "容缺受理人");
        robot.clickOn("#caseTable");

        robot.type(KeyCode.F6);

        assertThat(text(robot, "#supplementHeading")).contains(tolerated.caseNumber());
        assertThat(robot.lookup("#supplementLines").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
    }

    @Test
    void f6FindsANumberTypedWithoutItsCheckLetter(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F6);
        String withoutCheck = tolerated.caseNumber().substring(0, tolerated.caseNumber().length() - 2);

        robot.interact(() -> robot.lookup("#supplementCaseNumber").queryAs(TextField.class).setText(withoutCheck));
        robot.clickOn("#supplementCaseNumber").type(KeyCode.ENTER);

        assertThat(text(robot, "#supplementHeading")).contains(tolerated.caseNumber());
        assertThat(text(robot, "#supplementProblem")).isEmpty();
    }
}
