package org.onewindow.sync;

/**
 * Told whenever the sync status changes. Called on the sync thread: a JavaFX caller hands it to
 * {@code Platform.runLater} (the sync package stays free of JavaFX).
 */
@FunctionalInterface
public interface SyncListener {
    void statusChanged(SyncStatus status);
}
