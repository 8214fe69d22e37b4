package org.onewindow.codec.sync;

import java.util.Objects;
import java.util.UUID;

/** The server's answer for one pushed event; {@code reason} is Chinese text for a person, empty unless rejected. */
public record EventOutcome(UUID eventId, Outcome outcome, String reason) {

    public enum Outcome {
        /** Stored now. */
        STORED,
        /** Stored before (the same event pushed again): as good as stored. */
        DUPLICATE,
        /** Not stored and will not be on a retry as is; the reason says why. */
        REJECTED
    }

    public EventOutcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
    }

    public boolean accepted() {
        return outcome != Outcome.REJECTED;
    }
}
