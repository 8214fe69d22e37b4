package org.onewindow.ui.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.app.DocumentDraft;
import org.onewindow.app.IssuedDocument;
import org.onewindow.app.Workstation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.print.DocumentKind;
import org.onewindow.store.CaseRow;
import org.onewindow.ui.Screenshots;
import org.onewindow.ui.UiFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The agent's window at a village point (帮办代办), driven like the agent drives it: the home shows the site and
 * what it may do; F2 offers only the site's items and ends not in an acceptance but in a proxy file whose papers are
 * the 代办受理回执 and the 委托书 — read back from the PDFs — never a 受理通知书; the hand-over screen records the
 * batch and shows its sheet.
 */
@ExtendWith(ApplicationExtension.class)
class AgentWindowTest {

    private static Path directory;
    private static UiFixture fixture;

    @BeforeAll
    static void site() throws IOException {
        directory = Files.createTempDirectory("agent-window-test");
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        fixture.workstation().sites().use("XH-JC-LJC");
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
    void anAgentTakesAProxyFileAndGetsTheReceiptAndTheLetterNeverAnAcceptance(FxRobot robot) throws Exception {
        Screenshots.take(robot, "01-sign-in");
        UiFixture.signIn(robot, "agent01", "Agent@2026");
        waitUntil(() -> shown(robot, "#agentSite"), "the agent's home");
        Screenshots.take(robot, "02-agent-home");
        assertThat(robot.lookup("#agentSite").queryAs(Label.class).getText()).contains("龙井村").contains("村（社区）代办点");
        assertThat(robot.lookup("#agentMandate").queryAs(Label.class).getText()).contains("全部送交大厅窗口受理");

        robot.type(KeyCode.F2);
        waitUntil(() -> shown(robot, "#itemQuery"), "the agent's intake");
        assertThat(robot.lookup("#proxySiteLine").queryAs(Label.class).getText()).contains("龙井村");
        ListView<?> offered = robot.lookup("#itemResults").queryAs(ListView.class);
        assertThat(offered.getItems()).as("only what the site may take").hasSize(15)
                .noneMatch(offer -> offer.toString().contains("有限责任公司"));
        robot.interact(() -> robot.lookup("#itemQuery").queryTextInputControl().setText("食品经营"));
        // Ctrl+Enter adds the first match and stays on the choice (for its screenshot); Enter then goes on
        robot.clickOn("#itemQuery").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#chosenItems").queryListView().getItems()).hasSize(1);
        Screenshots.take(robot, "03-agent-choose");
        robot.type(KeyCode.ENTER);
        robot.write("王村民").type(KeyCode.TAB).write("11010519491231002X").type(KeyCode.TAB).write("13800138000");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#decisionVerdict").queryAs(Label.class).getText().isEmpty(), "the live decision");
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        assertThat(robot.lookup("#decisionVerdict").queryAs(Label.class).getText()).contains("受理");
        // a proxy file has no time limit yet, and the agent is not the authority's 首问负责人
        assertThat(robot.lookup("#promisedDate").queryAs(Label.class).getText()).contains("自窗口受理之日起计算");
        assertThat(robot.lookup("#decisionExplanation .explanation-line").queryAllAs(Label.class)).map(Label::getText)
                .noneMatch(line -> line.startsWith("首问负责人")).anyMatch(line -> line.startsWith("代办员："));
        Screenshots.take(robot, "04-agent-checklist");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#proxyVerdict") && robot.lookup("#proxyVerdict").queryAs(Label.class).isVisible(),
                "the agent's confirm step");
        assertThat(robot.lookup("#proxyVerdict").queryAs(Label.class).getText()).contains("代办件，不是受理");
        assertThat(robot.lookup("#authorisationBox").query().isVisible()).isTrue();
        Screenshots.take(robot, "05-agent-confirm");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#documentStep"), "the document step");

        ListView<?> papers = robot.lookup("#documentList").queryAs(ListView.class);
        waitUntil(() -> papers.getItems().size() == 2, "the proxy file's two papers");
        Screenshots.take(robot, "06-proxy-receipt");
        assertThat(papers.getItems().stream().map(d -> ((org.onewindow.ui.documents.DocumentStepViewModel.Document) d).title()))
                .containsExactly("代办受理回执", "委托代办书").doesNotContain("受理通知书");
        assertThat(robot.lookup("#documentHeading").queryAs(Label.class).getText()).contains("代办件").doesNotContain("受理编号");
        assertThat(robot.lookup("#caseFacts .explanation-line").queryAllAs(Label.class)).map(Label::getText)
                .noneMatch(line -> line.contains("（）") || line.startsWith("首问负责人")).anyMatch(line -> line.startsWith("代办员："));

        Workstation station = fixture.workstation();
        CaseRow row = station.cases().byCaseNumber(latestCaseNumber(station)).orElseThrow();
        CaseState file = station.store().desk().state(row.caseId());
        assertThat(file.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(file.decision()).isNull();
        assertThat(station.store().events().eventsOf(file.caseId())).extracting(e -> e.type())
                .containsExactly(EventType.PROXY_FILE_OPENED);
        List<DocumentDraft> drafts = station.documents().draftsFor(file.caseId());
        assertThat(drafts).extracting(DocumentDraft::kind)
                .containsExactly(DocumentKind.PROXY_RECEIPT, DocumentKind.PROXY_AUTHORISATION);
        List<IssuedDocument> issued = station.documents().issueAll(file.caseId());
        String receipt = text(issued.get(0).printed().pdf());
        assertThat(receipt).contains("代办受理回执").contains("王村民").contains("本回执不是受理通知书")
                .contains("2026年11月26日").contains(file.caseNumber()).contains("赵春燕").doesNotContain("本机关决定予以受理");
        String letter = text(issued.get(1).printed().pdf());
        assertThat(letter).contains("委托代办书").contains("委托人（申请人）").contains("受托人（帮办代办员）")
                .contains("赵春燕").contains("agent01").contains("食品经营许可").contains("不代表审批机关作出任何决定");

        robot.type(KeyCode.F7);
        waitUntil(() -> shown(robot, "#handOverFiles")
                && !robot.lookup("#handOverFiles").queryAs(TableView.class).getItems().isEmpty(), "the files to hand over");
        Screenshots.take(robot, "07-handover-before");
        robot.clickOn("#recordHandOver");
        waitUntil(() -> !robot.lookup("#handOverBatch").queryAs(Label.class).getText().isEmpty()
                && !robot.lookup("#handOverSheet").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty(),
                "the recorded batch and its sheet");
        Screenshots.take(robot, "08-handover-sheet");
        String batch = robot.lookup("#handOverBatch").queryAs(Label.class).getText();
        assertThat(station.store().events().eventsOf(file.caseId()).get(1).payload())
                .isInstanceOfSatisfying(EventPayload.HandedOver.class, handed -> assertThat(handed.batchNumber()).isEqualTo(batch));
        assertThat(text(station.handOver().sheet(batch).pdf())).contains("代办件交接单").contains(file.caseNumber())
                .contains("移交人（代办员赵春燕）").contains("接收人（窗口）");
    }

    private static String latestCaseNumber(Workstation station) {
        return station.store().events().ofTypeSince(EventType.PROXY_FILE_OPENED, java.time.Instant.EPOCH).stream()
                .map(e -> ((EventPayload.ProxyFileOpened) e.payload()).caseNumber()).reduce((a, b) -> b).orElseThrow();
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("never happened: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

}
