package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.layout.Paper;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Findings 1 and 11 of the day at the counter: the administrator got the clerk's screens and there was no printer
 * settings screen for anyone. Now the administrator's home is the hall's set-up (office, printers, calendar, catalog
 * and sync) and takes no applications; a supervisor reaches the printer settings with F9.
 */
@ExtendWith(ApplicationExtension.class)
class AdministrationWindowTest {

    private static UiFixture fixture;

    @BeforeAll
    static void workspace() throws Exception {
        fixture = UiFixture.at(Files.createTempDirectory("administration-window-test"), "2026-11-23T02:00:00Z");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage);
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup(field).queryAs(TextField.class).setText(text));
    }

    @Test
    void theAdministratorSetsUpTheOfficeAndTakesNoApplications(FxRobot robot) {
        UiFixture.signIn(robot, "admin01", "Admin@2026");

        assertThat(robot.lookup("#adminArea").tryQuery()).isPresent();
        assertThat(robot.lookup("#homeGreeting").tryQuery()).as("not the clerk's home").isEmpty();
        assertThat(robot.lookup("#newApplicationButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#keyHints").queryAs(Label.class).getText()).as("the status bar names only the keys the administrator has")
                .contains("F3 查询", "F9 打印机设置").doesNotContain("F2", "F4", "F6");
        robot.type(KeyCode.F2);
        assertThat(robot.lookup("#itemQuery").tryQuery()).as("F2 takes no application").isEmpty();

        type(robot, "#officeName", "杭州市上城区行政审批服务局");
        type(robot, "#officeAbbreviation", "上城审批");
        type(robot, "#officeReviewAuthority", "杭州市上城区人民政府");
        type(robot, "#officeLitigationCourt", "杭州市上城区人民法院");
        robot.clickOn("#officeName").type(KeyCode.ENTER);

        assertThat(robot.lookup("#officeStatus").queryAs(Label.class).getText()).contains("已保存");
        var office = fixture.workstation().officeSetup().current();
        assertThat(office.name()).isEqualTo("杭州市上城区行政审批服务局");
        assertThat(office.abbreviation()).isEqualTo("上城审批");
        assertThat(office.litigationCourt()).isEqualTo("杭州市上城区人民法院");

        type(robot, "#officeAbbreviation", "SC");
        robot.clickOn("#officeName").type(KeyCode.ENTER);
        assertThat(robot.lookup("#officeStatus").queryAs(Label.class).getText()).contains("1 至 6 个汉字");
        assertThat(fixture.workstation().officeSetup().current().abbreviation()).isEqualTo("上城审批");
    }

    @Test
    void theAdministratorSeesTheCatalogTheCalendarAndTheSyncState(FxRobot robot) {
        UiFixture.signIn(robot, "admin01", "Admin@2026");
        robot.clickOn("#section-status");

        assertThat(robot.lookup("#hallCatalog").queryAs(Label.class).getText()).contains("2026.12-demo").contains("36 个事项");
        assertThat(robot.lookup("#hallCalendar").queryAs(Label.class).getText()).contains("2026年12月31日");
        assertThat(robot.lookup("#hallSync").queryAs(Label.class).getText()).contains("本机模式");
    }

    @Test
    void theAdministratorSetsThePrinterPaperAndTrayOfEachKindOfDocument(FxRobot robot) {
        UiFixture.signIn(robot, "admin01", "Admin@2026");
        robot.clickOn("#section-printers");
        @SuppressWarnings("unchecked")
        ComboBox<Paper> receiptPaper = robot.lookup("#paper-RECEIPT").queryAs(ComboBox.class);
        assertThat(receiptPaper.getValue()).isEqualTo(Paper.A5);
        assertThat(robot.lookup("#testPage-CERTIFICATE").queryAs(Button.class).isVisible()).isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<String> certificatePrinter = robot.lookup("#printer-CERTIFICATE").queryAs(ComboBox.class);
        robot.interact(() -> {
            receiptPaper.setValue(Paper.A4);
            certificatePrinter.getItems().add("证照打印机-2楼");
            certificatePrinter.setValue("证照打印机-2楼");
        });
        type(robot, "#offsetRight", "1.5");
        robot.clickOn("#savePrinters");

        assertThat(robot.lookup("#printerStatus").queryAs(Label.class).getText()).contains("已保存");
        var kept = fixture.workstation().printerSetup().current();
        assertThat(kept.choiceFor(PrinterRole.RECEIPT).paper()).isEqualTo(Paper.A4);
        assertThat(kept.choiceFor(PrinterRole.CERTIFICATE).printerName()).isEqualTo("证照打印机-2楼");
        assertThat(kept.offsetOf("证照打印机-2楼").rightMm()).isEqualTo(1.5f);
    }

    @Test
    void aSupervisorOpensThePrinterSettingsWithF9AndAClerkDoesNot(FxRobot robot) {
        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        robot.type(KeyCode.F9);
        assertThat(robot.lookup("#printerSettings").tryQuery()).isEmpty();
        assertThat(robot.lookup("#keyHints").queryAs(Label.class).getText()).contains("F2 新申请", "F4 办件去向", "F6 补齐补正").doesNotContain("F9");
        robot.clickOn("退出登录");
        assertThat(robot.lookup("#keyHints").queryAs(Label.class).getText()).as("signed out").isEqualTo("Enter 确认 · Esc 返回");

        UiFixture.signIn(robot, "super01", "Super@2026");
        robot.type(KeyCode.F9);
        assertThat(robot.lookup("#printerSettings").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#homeGreeting").tryQuery()).isPresent();
    }
}
