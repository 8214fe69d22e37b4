package org.onewindow.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.CentreLink;
import org.onewindow.sync.SyncStatus;
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

    private static CentreLink.Overview overview(boolean online, long unsent, long refused, SyncStatus.FailedEvent... failed) {
        return new CentreLink.Overview(true, "K7Q3", new SyncStatus(online, unsent, List.of(failed), null, "", false),
                unsent, 0, refused, Optional.empty(), 0);
    }

    @Test
    void theCentreAnsweringAgainAfterAnOutageAndARefusedEventAreNoticedOnceAsTheyHappen() {
        Localization texts = Localization.chinese();
        CentreLink.Overview offline = overview(false, 3, 0);
        CentreLink.Overview back = overview(true, 3, 0);
        SyncStatus.FailedEvent refused = new SyncStatus.FailedEvent(UUID.randomUUID(), UUID.randomUUID(), "受理",
                "申请人证件号码校验位不符", true);

        assertThat(StatusBarViewModel.noticeFor(null, offline, texts)).as("the first reading").isEmpty();
        assertThat(StatusBarViewModel.noticeFor(offline, offline, texts)).isEmpty();
        assertThat(StatusBarViewModel.noticeFor(offline, back, texts)).get().satisfies(notice -> {
            assertThat(notice.warning()).isFalse();
            assertThat(notice.title()).isEqualTo("已重新连上中心库");
            assertThat(notice.text()).isEqualTo("待上传 3 条，正在自动同步。");
        });
        assertThat(StatusBarViewModel.noticeFor(back, back, texts)).as("not twice").isEmpty();
        assertThat(StatusBarViewModel.noticeFor(back, overview(true, 2, 1, refused), texts)).get().satisfies(notice -> {
            assertThat(notice.warning()).isTrue();
            assertThat(notice.title()).isEqualTo("中心库拒收了 1 条记录");
            assertThat(notice.text()).isEqualTo("受理：申请人证件号码校验位不符");
        });
    }
}
