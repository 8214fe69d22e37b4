package org.onewindow.ui.app;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.onewindow.app.CentreLink;

/**
 * The status bar's sync part: refreshed when the sync loop reports and when a case is saved here (a case
 * saved at the window shows as waiting at once). Built in code: three labels need no FXML.
 */
public final class StatusBarView {

    private final HBox root;
    private final Runnable stopHearingOfSync;
    private final Runnable stopHearingOfSaves;

    /** @param saves subscribes to cases saved at this workstation; returns how to unsubscribe */
    public StatusBarView(StatusBarViewModel viewModel, CentreLink centre, Function<Runnable, Runnable> saves) {
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.textProperty().bind(viewModel.connectionProperty());
        connection.setGraphic(Icons.OFFLINE.icon());
        viewModel.onlineProperty().addListener((o, was, online) ->
                connection.setGraphic((online ? Icons.ONLINE : Icons.OFFLINE).icon()));
        Tooltip why = new Tooltip();
        why.textProperty().bind(viewModel.problemProperty());
        viewModel.problemProperty().addListener((o, was, text) -> connection.setTooltip(text.isEmpty() ? null : why));
        Label waiting = new Label();
        waiting.setId("statusWaiting");
        waiting.textProperty().bind(viewModel.waitingProperty());
        waiting.setGraphic(Icons.PENDING.icon());
        viewModel.attentionProperty().addListener((o, was, attention) -> {
            waiting.getStyleClass().remove("status-warning");
            if (attention) {
                waiting.getStyleClass().add("status-warning");
            }
        });
        Label lastSync = new Label();
        lastSync.textProperty().bind(viewModel.lastSyncProperty());
        root = new HBox(16, connection, waiting, lastSync);
        // ControlsFX's notification, once, in the corner of the window: the centre is back, an event was refused
        viewModel.noticeProperty().addListener((o, before, notice) -> {
            if (notice == null || root.getScene() == null || root.getScene().getWindow() == null) {
                return;
            }
            Notifications shown = Notifications.create().title(notice.title()).text(notice.text())
                    .owner(root.getScene().getWindow()).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(10));
            if (notice.warning()) {
                shown.showWarning();
            } else {
                shown.showInformation();
            }
        });
        root.getStyleClass().add("sync-status");
        // refreshed when something happens, on the window's thread; never on a timer
        stopHearingOfSync = centre.onStatusChanged(() -> Platform.runLater(viewModel::refresh));
        stopHearingOfSaves = saves.apply(() -> Platform.runLater(viewModel::refresh));
        viewModel.refresh();
    }

    /** Stops the refreshing, when the window is rebuilt (another language) or closed. */
    public void stop() {
        stopHearingOfSync.run();
        stopHearingOfSaves.run();
    }

    public HBox root() {
        return root;
    }
}
