package org.onewindow.codec.sync;

import java.util.Objects;
import java.util.UUID;

/** The server's answer for one pushed event; {@code reason} is Chinese text for a person, empty unless rejected or deferred. */
public record EventOutcome(UUID eventId, Outcome outcome, String reason) {

    public enum Outcome {
        /** Stored now. */
        STORED,
        /** Stored before (the same event pushed again): as good as stored. */
        DUPLICATE,
        /** Not stored and will not be on a retry as is; the reason says why. */
        REJECTED,
        /**
         * Not stored yet: the event was written by a newer build than the centre's (a type or schema it cannot
         * read). The window keeps it and sends it again; once the centre is upgraded it is stored.
         */
        DEFERRED
    }

    public EventOutcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
    }

    /** Stored now or before: the window may mark it synced. */
    public boolean accepted() {
        return outcome == Outcome.STORED || outcome == Outcome.DUPLICATE;
    }
}
