package org.onewindow.sync;

/**
 * Told whenever the sync status changes, and after every round that reached the centre. Called on the
 * thread that synced: a JavaFX caller hands it on to its own thread (the sync package stays free of JavaFX).
 */
@FunctionalInterface
public interface SyncListener {
    void statusChanged(SyncStatus status);

    /** A round reached the centre; it may have brought a new catalog or calendar. */
    default void roundCompleted(SyncRound round) {
    }
}
