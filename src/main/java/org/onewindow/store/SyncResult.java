package org.onewindow.store;

import java.util.Objects;
import java.util.UUID;

/**
 * The central store's answer for one pushed event: SYNCED (stored or duplicate), FAILED (try again
 * later, e.g. the server was down) or DEAD_LETTER (rejected; kept and shown, never retried by itself).
 *
 * @param reason a sentence a person can read; empty for SYNCED
 */
public record SyncResult(UUID eventId, SyncState state, String reason) {

    public SyncResult {
        Objects.requireNonNull(eventId, "eventId");
        if (state != SyncState.SYNCED && state != SyncState.FAILED && state != SyncState.DEAD_LETTER) {
            throw new IllegalArgumentException("a push answers SYNCED, FAILED or DEAD_LETTER, not " + state);
        }
        reason = reason == null ? "" : reason;
    }

    public static SyncResult synced(UUID eventId) {
        return new SyncResult(eventId, SyncState.SYNCED, "");
    }

    public static SyncResult failed(UUID eventId, String reason) {
        return new SyncResult(eventId, SyncState.FAILED, reason);
    }

    public static SyncResult deadLetter(UUID eventId, String reason) {
        return new SyncResult(eventId, SyncState.DEAD_LETTER, reason);
    }
}
