package org.onewindow.codec.sync;

import java.util.List;

/** One outcome per pushed event, in the order they were sent. */
public record PushResult(List<EventOutcome> outcomes) {
    public PushResult {
        outcomes = List.copyOf(outcomes);
    }
}
