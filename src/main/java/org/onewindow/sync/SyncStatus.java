package org.onewindow.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the status bar and the failed-events view show (同步状态): whether the central store answered
 * last time, how many events wait to be sent, which failed and why, and when sync last succeeded.
 *
 * @param lastSuccess null before the first successful round
 * @param problem     why the last round failed (empty after a success)
 */
public record SyncStatus(boolean online, long waiting, List<FailedEvent> failed, Instant lastSuccess,
                         String problem, boolean deviceRefused) {

    /** An event the central store did not take, with its reason; a person may retry it. */
    public record FailedEvent(UUID eventId, UUID caseId, String eventLabel, String reason, boolean rejected) {
    }

    public SyncStatus {
        failed = List.copyOf(failed);
        problem = Objects.requireNonNullElse(problem, "");
    }
}
