package org.onewindow.ui.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.onewindow.sync.SyncListener;
import org.onewindow.sync.SyncService;

/**
 * The status bar's sync part: refreshed when the sync loop reports and every few seconds (a case
 * saved at the window shows as waiting at once). Built in code: three labels need no FXML.
 */
public final class StatusBarView {

    private static final Duration EVERY = Duration.seconds(5);

    private final HBox root;
    private final Timeline ticker;
    private final SyncService sync;
    private final SyncListener listener;

    public StatusBarView(StatusBarViewModel viewModel, SyncService sync) {
        this.sync = sync;
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
        root.getStyleClass().add("sync-status");
        listener = status -> Platform.runLater(viewModel::refresh);
        sync.addListener(listener);
        ticker = new Timeline(new KeyFrame(EVERY, event -> viewModel.refresh()));
        ticker.setCycleCount(Animation.INDEFINITE);
        viewModel.refresh();
        ticker.play();
    }

    /** Stops the refreshing, when the window is rebuilt (another language) or closed. */
    public void stop() {
        ticker.stop();
        sync.removeListener(listener);
    }

    public HBox root() {
        return root;
    }
}
