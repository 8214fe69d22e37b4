package org.onewindow.ui.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.app.MaterialCopies;
import org.onewindow.app.Workstation;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.Custody;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.Screenshots;
import org.onewindow.ui.UiFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hall's hand-over screen (交接接收): a site's batch of two files arrives; the clerk returns one whose papers are
 * short, with the discrepancy, receives the other, sees its live decision and its photo, and accepts it — the 受理
 * starts then, and the document step offers its 受理通知书.
 */
@ExtendWith(ApplicationExtension.class)
class HallHandoverWindowTest {

    private static Path directory;
    private static UiFixture fixture;
    private static CaseState first;
    private static CaseState second;
    private static String batch;

    @BeforeAll
    static void aBatchFromASite() throws IOException {
        directory = Files.createTempDirectory("hall-handover-test");
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        Workstation station = fixture.workstation();
        // the site's files as they reach the hall's store (here recorded on it directly, the rules being the same)
        station.sites().use("XH-JC-LJC");
        User agent = new User("agent01", "赵春燕", Role.AGENT);
        first = station.proxyIntake().take(agent, intake("周村民"), new Authorisation(Authorisation.Method.PRINTED_LETTER, ""),
                DecisionKind.ACCEPT);
        second = station.proxyIntake().take(agent, intake("吴村民"), new Authorisation(Authorisation.Method.PRINTED_LETTER, ""),
                DecisionKind.ACCEPT);
        java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path photo = directory.resolve("licence.png");
        javax.imageio.ImageIO.write(page, "png", photo.toFile());
        station.materialCopies().attach(agent, first.caseId(), "M-YYZZ", photo, MaterialCopies.Source.CAMERA);
        batch = station.handOver().handOver(agent, List.of(first.caseId(), second.caseId()),
                Map.of(first.caseId(), 7, second.caseId(), 7), "").number();
        station.sites().use("");
        fixture.clock().advance(java.time.Duration.ofDays(1));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage);
    }

    @Test
    void theHallReturnsAShortFileReceivesTheOtherAndAcceptsIt(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        waitUntil(() -> shown(robot, "#homeGreeting"), "the clerk's home");
        robot.type(KeyCode.F7);
        waitUntil(() -> shown(robot, "#handoverBatches")
                && !robot.lookup("#handoverBatches").queryAs(ListView.class).getItems().isEmpty(), "the batches");
        assertThat(robot.lookup("#handoverBatches").queryAs(ListView.class).getItems()).containsExactly(batch);
        robot.interact(() -> robot.lookup("#handoverBatches").queryAs(ListView.class).getSelectionModel().select(0));
        TableView<HandoverItemRow> items = robot.lookup("#handoverItems").queryAs(TableView.class);
        waitUntil(() -> items.getItems().size() == 2, "the batch's files");
        assertThat(robot.lookup("#handoverBatchTitle").queryAs(Label.class).getText()).contains("龙井村").contains("共 2 件");
        Screenshots.take(robot, "09-hall-batches");

        select(robot, items, second.caseNumber());
        robot.interact(() -> robot.lookup("#papersCounted").queryAs(TextField.class).setText("6"));
        robot.clickOn("#receiveFile");
        assertThat(robot.lookup("#handoverMessage").queryAs(Label.class).getText()).contains("请写明差异");
        robot.interact(() -> robot.lookup("#discrepancy").queryAs(TextField.class).setText("交接单列 7 份，实收 6 份：缺健康证明原件"));
        robot.clickOn("#returnFile");
        waitUntil(() -> row(items, second.caseNumber()).getState().equals("退回代办点"), "the file returned");

        select(robot, items, first.caseNumber());
        waitUntil(() -> !robot.lookup("#handoverCopies").queryAs(FlowPane.class).getChildren().isEmpty(), "the file's photo");
        robot.clickOn("#receiveFile");
        waitUntil(() -> row(items, first.caseNumber()).awaitingDecision(), "the file received");
        select(robot, items, first.caseNumber());
        waitUntil(() -> robot.lookup("#handoverVerdict").queryAs(Label.class).getText().contains("受理"), "the live decision");
        Screenshots.take(robot, "10-hall-item");
        robot.clickOn("#decideFile");
        waitUntil(() -> shown(robot, "#documentStep"), "the acceptance's documents");
        ListView<?> papers = robot.lookup("#documentList").queryAs(ListView.class);
        waitUntil(() -> !papers.getItems().isEmpty(), "the documents");
        assertThat(((org.onewindow.ui.documents.DocumentStepViewModel.Document) papers.getItems().get(0)).title())
                .isEqualTo("受理通知书");

        CaseState accepted = fixture.store().desk().state(first.caseId());
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.responsibleClerk()).isEqualTo("clerk01");
        assertThat(accepted.receivedOn()).as("taken in at the site on Monday").isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        assertThat(accepted.promisedDate()).as("counted from the hall's acceptance on Tuesday").isEqualTo(java.time.LocalDate.of(2026, 12, 3));
        CaseState returned = fixture.store().desk().state(second.caseId());
        assertThat(returned.custody().stage()).isEqualTo(Custody.Stage.RETURNED);
        assertThat(returned.status()).isEqualTo(CaseStatus.PRE_ACCEPTANCE_RETURNED);
    }

    private static void select(FxRobot robot, TableView<HandoverItemRow> items, String caseNumber) {
        robot.interact(() -> items.getSelectionModel().select(row(items, caseNumber)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static HandoverItemRow row(TableView<HandoverItemRow> items, String caseNumber) {
        return items.getItems().stream().filter(r -> r.caseNumber().equals(caseNumber)).findFirst().orElseThrow();
    }

    private static Intake intake(String name) {
        Applicant applicant = new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, "11010519491231002X",
                "13800138000", "", "");
        List<MaterialCheck> materials = UiFixture.CATALOG.item(UiFixture.FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(UiFixture.CATALOG.version(), List.of(UiFixture.FOOD_LICENCE), "", List.of(), applicant, null, materials);
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("never happened: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
