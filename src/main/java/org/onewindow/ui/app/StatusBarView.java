package org.onewindow.ui.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The status bar's sync part, refreshed every few seconds. Built in code: three labels need no FXML. */
public final class StatusBarView {

    private static final Duration EVERY = Duration.seconds(5);

    private final HBox root;
    private final Timeline ticker;

    public StatusBarView(StatusBarViewModel viewModel) {
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.textProperty().bind(viewModel.connectionProperty());
        connection.setGraphic(Icons.OFFLINE.icon());
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
        ticker = new Timeline(new KeyFrame(EVERY, event -> viewModel.refresh()));
        ticker.setCycleCount(Animation.INDEFINITE);
        viewModel.refresh();
        ticker.play();
    }

    /** Stops the refreshing, when the window is rebuilt (another language) or closed. */
    public void stop() {
        ticker.stop();
    }

    public HBox root() {
        return root;
    }
}
