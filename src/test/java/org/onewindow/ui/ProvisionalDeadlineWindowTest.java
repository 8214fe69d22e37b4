package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.app.IssueDocuments;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.staff.Role;
import org.onewindow.print.PdfReading;
import org.onewindow.store.CaseRow;
import org.onewindow.store.PasswordHash;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 20-working-day item accepted at the window on 28 December 2026, before the State Council's 2027 notice: the
 * checklist, the document step and the receipt say the promised date is provisional (暂定). Then the centre
 * publishes 2027, the window syncs, and the case's dates are counted again as an event its timeline shows.
 */
@ExtendWith(ApplicationExtension.class)
class ProvisionalDeadlineWindowTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();
    private static UiFixture fixture;

    @BeforeAll
    static void workstation() throws Exception {
        fixture = UiFixture.at(Files.createTempDirectory("provisional-window-test"), "2026-12-28T02:00:00Z");
        // the centre's clock and the window's agree, as on synchronised PCs: it refuses events from its future
        central.clock.set(java.time.Instant.parse("2026-12-28T02:00:00Z"));
        central.users.put(new UserAccount("clerk01", "王晓梅", Role.CLERK, "HALL-PROVISIONAL",
                PasswordHash.hash("Clerk@2026".toCharArray()), false));
        fixture.workstation().centre().enroll(URI.create(central.url()),
                central.devices.issueEnrollmentCode("HALL-PROVISIONAL", "330100", Duration.ofHours(1)));
        fixture.workstation().centre().syncNow();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theWindowSaysProvisionalUntil2027IsPublishedAndThenRecountsTheCase(FxRobot robot) throws Exception {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F2);
        robot.write("居民身份证换领").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        robot.write("暂定甲").type(KeyCode.TAB).type(KeyCode.TAB).write("11010519491231002X").type(KeyCode.TAB)
                .write("13800138000").type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);

        assertThat(text(robot, "#decisionVerdict")).isEqualTo("受理");
        assertThat(text(robot, "#promisedDate"))
                .isEqualTo("承诺办结日期：2027年1月26日（20 个工作日；暂定，待国务院公布2027年节假日安排后校准）");

        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#documentStep").tryQuery().isPresent());
        assertThat(robot.lookup("#caseFacts").queryAs(ListView.class).getItems()).extracting(Object::toString)
                .contains("承诺办结日期：2027年1月26日（暂定，待国务院公布2027年节假日安排后校准）");
        CaseRow saved = fixture.store().cases().search("暂定甲", 5).get(0);
        IssueDocuments documents = fixture.workstation().documents();
        String receipt = PdfReading.text(documents.issue(documents.draftsFor(saved.caseId()).get(0)).printed().pdf());
        assertThat(receipt.replaceAll("\\s", "")).contains("于2027年1月26日（暂定，待国务院公布2027年节假日安排后校准）前办结");

        central.publications.publishNationalYear(Path.of(ProvisionalDeadlineWindowTest.class
                .getResource("/calendar/holiday-cn-2027-hypothetical.json").toURI()));
        fixture.workstation().centre().syncNow(); // takes 2027 and counts the case again
        fixture.workstation().centre().syncNow(); // sends the recount

        robot.type(KeyCode.F3);
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText("暂定甲"));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
        robot.clickOn("#caseTable").type(KeyCode.ENTER);

        assertThat(text(robot, "#casePromisedDate")).isEqualTo("2027-01-26");
        assertThat(text(robot, "#caseNote")).isEqualTo("期限重算：国务院公布2027年节假日安排后重新计算，承诺办结日期 2027-01-26 不变");
        TableView<?> timeline = robot.lookup("#caseTimeline").queryAs(TableView.class);
        assertThat(timeline.getItems()).extracting(Object::toString).last().asString().contains("期限重算").contains("system");
        CaseState atTheCentre = fixture.workstation().cases().detail(saved.caseId()).state();
        assertThat(atTheCentre.promisedProvisional()).isFalse();
        assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ? AND event_type = 'DEADLINES_RECALCULATED'",
                saved.caseId())).isEqualTo(1);
    }
}
