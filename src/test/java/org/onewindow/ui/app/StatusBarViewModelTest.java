package org.onewindow.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.ui.UiFixture;

class StatusBarViewModelTest {

    @TempDir
    Path directory;
    private UiFixture fixture;

    @BeforeEach
    void twoCases() {
        fixture = UiFixture.at(directory, "2026-11-23T02:00:00Z");
        fixture.acceptedWithTolerance("张三丰", "11010519491231002X");
        fixture.acceptedOn("2026-11-23T01:00:00Z", "李四", "110105194912310046");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private StatusBarViewModel statusBar() {
        StatusBarViewModel bar = new StatusBarViewModel(fixture.workstation().centre(), new CurrentThreadTaskExecutor(),
                Localization.chinese());
        bar.refresh();
        return bar;
    }

    @Test
    void aDeviceNotEnrolledWorksStandAloneAndCountsWhatWaitsToBeSent() {
        StatusBarViewModel bar = statusBar();

        assertThat(bar.connectionProperty().get()).isEqualTo(
                "本机模式（设备 " + fixture.store().device().deviceCode() + "，未登记到中心）");
        assertThat(bar.waitingProperty().get()).isEqualTo("待上传 2 条");
        assertThat(bar.lastSyncProperty().get()).isEqualTo("尚未同步");
        assertThat(bar.onlineProperty().get()).isFalse();
    }

    @Test
    void anEnrolledDeviceThatHasNotReachedTheCentreSaysItWorksOffline() {
        fixture.store().recordEnrollment(fixture.store().device().deviceCode(), "https://127.0.0.1:9", "token");

        StatusBarViewModel bar = statusBar();

        assertThat(bar.connectionProperty().get()).startsWith("离线工作中").endsWith("网络恢复后自动同步");
        assertThat(bar.attentionProperty().get()).isFalse();
    }
}
