package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.ui.documents.DocumentStepViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real main window, headless: a 容缺 case's owed material is brought later and recorded (F6 on its detail). */
@ExtendWith(ApplicationExtension.class)
class SupplementWindowTest {

    private static UiFixture fixture;
    private static CaseState tolerated;
    private static CaseState notified;
    private static CaseState typedIn;

    @BeforeAll
    static void cases() throws Exception {
        fixture = UiFixture.at(Files.createTempDirectory("supplement-window-test"), "2026-11-23T02:00:00Z");
        tolerated = fixture.acceptedWithTolerance("容缺补齐", "11010519491231002X");
        notified = notifiedWithOneMissing();
        typedIn = fixture.acceptedWithTolerance("按号查找", "110105194912310046");
    }

    /** A food licence application notified once (一次性告知) for its first required material. */
    private static CaseState notifiedWithOneMissing() {
        MaterialRequirement missing = UiFixture.CATALOG.item(UiFixture.FOOD_LICENCE).orElseThrow().materials().stream()
                .filter(MaterialRequirement::required).findFirst().orElseThrow();
        List<MaterialCheck> checks = UiFixture.CATALOG.item(UiFixture.FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(),
                        m == missing ? MaterialStatus.MISSING : MaterialStatus.PRESENTED_ORIGINAL)).toList();
        Applicant applicant = new Applicant(ApplicantType.PERSON, "一次告知", IdKind.RESIDENT_ID, "110105194912310046",
                "13800138000", "", "");
        Intake intake = new Intake(UiFixture.CATALOG.version(), List.of(UiFixture.FOOD_LICENCE), "", List.of(), applicant,
                null, checks);
        return fixture.workstation().takeApplication().take(UiFixture.CLERK, intake, DecisionKind.NOTIFY_DEFICIENCIES);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage);
    }

    /** Signs in, finds the case by its number (F3) and opens its detail. */
    private void openCaseDetail(FxRobot robot, CaseState state) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F3);
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText(state.caseNumber()));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
        assertThat(robot.lookup("#caseTable").queryAs(TableView.class).getItems()).hasSize(1);
        robot.clickOn("#caseTable").type(KeyCode.ENTER);
        assertThat(robot.lookup("#supplementButton").queryButton().isVisible()).isTrue();
    }

    private void bring(FxRobot robot, String materialCode) {
        @SuppressWarnings("unchecked")
        ChoiceBox<MaterialStatus> brought = robot.lookup("#brought-" + materialCode).queryAs(ChoiceBox.class);
        assertThat(brought.getValue()).isEqualTo(MaterialStatus.MISSING);
        robot.interact(() -> brought.setValue(MaterialStatus.PRESENTED_ORIGINAL));
    }

    @Test
    void aNotifiedCaseIsAcceptedUnderItsOwnNumberAndGoesOnToItsDocuments(FxRobot robot) {
        openCaseDetail(robot, notified);
        robot.type(KeyCode.F6);

        bring(robot, notified.openDeficiencies().get(0).materialCode());
        robot.clickOn("#supplementRecord");

        assertThat(robot.lookup("#documentHeading").queryAs(Label.class).getText()).contains(notified.caseNumber());
        // finding 5 of the day at the counter: the acceptance's papers, not the notice again with the same materials
        assertThat(robot.lookup("#documentList").queryListView().getItems())
                .extracting(document -> ((DocumentStepViewModel.Document) document).title())
                .containsExactly("受理通知书");
        CaseState after = fixture.store().desk().state(notified.caseId());
        assertThat(after.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(after.caseNumber()).isEqualTo(notified.caseNumber());
    }

    @Test
    void theOwedMaterialBroughtLaterIsRecordedFromTheCaseDetail(FxRobot robot) {
        openCaseDetail(robot, tolerated);
        robot.type(KeyCode.F6);

        assertThat(robot.lookup("#supplementHeading").queryAs(Label.class).getText()).contains(tolerated.caseNumber());
        for (MaterialCheck owed : tolerated.outstandingMaterials()) {
            bring(robot, owed.materialCode());
        }
        robot.clickOn("#supplementRecord");

        assertThat(robot.lookup("#supplementOutcome").queryAs(Label.class).getText()).contains("全部补齐");
        assertThat(fixture.store().desk().state(tolerated.caseId()).outstandingMaterials()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#caseNumber").queryAs(Label.class).getText()).isEqualTo(tolerated.caseNumber());
        assertThat(robot.lookup("#supplementButton").queryButton().isVisible()).isFalse();
    }

    @Test
    void f6FromAnyScreenFindsACaseByTheNumberTheApplicantShows(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F6);

        robot.interact(() -> robot.lookup("#supplementCaseNumber").queryAs(TextField.class).setText("ABC"));
        robot.clickOn("#supplementCaseNumber").type(KeyCode.ENTER);
        assertThat(robot.lookup("#supplementProblem").queryAs(Label.class).getText()).containsPattern("\\p{IsHan}");

        robot.interact(() -> robot.lookup("#supplementCaseNumber").queryAs(TextField.class).setText(typedIn.caseNumber()));
        robot.clickOn("#supplementCaseNumber").type(KeyCode.ENTER);
        assertThat(robot.lookup("#supplementHeading").queryAs(Label.class).getText()).contains(typedIn.caseNumber());
        assertThat(robot.lookup("#supplementProblem").queryAs(Label.class).getText()).isEmpty();
        for (MaterialCheck owed : typedIn.outstandingMaterials()) {
            assertThat(robot.lookup("#brought-" + owed.materialCode()).tryQuery()).isPresent();
        }
    }
}
