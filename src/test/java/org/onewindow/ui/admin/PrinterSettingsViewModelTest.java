package org.onewindow.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.layout.Paper;
import org.onewindow.ui.UiFixture;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.Localization;

class PrinterSettingsViewModelTest {

    @TempDir
    Path directory;
    private UiFixture fixture;

    @BeforeEach
    void open() {
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PrinterSettingsViewModel settingsOf(User user) {
        PrinterSettingsViewModel settings = new PrinterSettingsViewModel(fixture.workstation().printerSetup(), user,
                new CurrentThreadTaskExecutor(), Localization.chinese());
        settings.load();
        return settings;
    }

    @Test
    void aSupervisorKeepsTheSettingsAndTheyAreInForceAtOnceAndReadBackOnTheNextVisit() {
        PrinterSettingsViewModel settings = settingsOf(new User("super01", "李建国", Role.SUPERVISOR));
        settings.choice(PrinterRole.DOCUMENT).printerProperty().set("文书打印机-2楼");
        settings.choice(PrinterRole.DOCUMENT).trayProperty().set("Tray2");
        settings.choice(PrinterRole.RECEIPT).paperProperty().set(Paper.A4);

        settings.save();

        assertThat(settings.statusProperty().get()).isEqualTo("打印机设置已保存，立即生效。");
        PrinterSettingsViewModel again = settingsOf(new User("super01", "李建国", Role.SUPERVISOR));
        assertThat(again.choice(PrinterRole.DOCUMENT).printerProperty().get()).isEqualTo("文书打印机-2楼");
        assertThat(again.choice(PrinterRole.DOCUMENT).trayProperty().get()).isEqualTo("Tray2");
        assertThat(again.choice(PrinterRole.RECEIPT).paperProperty().get()).isEqualTo(Paper.A4);
    }

    @Test
    void aClerkCannotChangeThePrintersAndNothingIsKept() {
        PrinterSettingsViewModel settings = settingsOf(UiFixture.CLERK);
        settings.choice(PrinterRole.RECEIPT).printerProperty().set("别的打印机");

        settings.save();

        assertThat(settings.failedProperty().get()).isTrue();
        assertThat(settings.statusProperty().get()).contains("窗口负责人或系统管理员");
        assertThat(fixture.workstation().printerSetup().current().printerFor(PrinterRole.RECEIPT)).isEmpty();
    }

    @Test
    void aCalibrationThatIsNotANumberOrTooLargeIsSaidSoAndNotKept() {
        PrinterSettingsViewModel settings = settingsOf(new User("admin01", "陈志强", Role.ADMINISTRATOR));
        settings.offsetRightProperty().set("一点五");
        settings.save();
        assertThat(settings.statusProperty().get()).contains("须为数字");

        settings.offsetRightProperty().set("45");
        settings.save();
        assertThat(settings.statusProperty().get()).contains("不能超过 30 毫米");
        assertThat(fixture.workstation().printerSetup().current().offsets()).isEmpty();
    }
}
