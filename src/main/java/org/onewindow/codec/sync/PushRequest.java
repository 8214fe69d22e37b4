package org.onewindow.codec.sync;

import java.util.List;
import java.util.Objects;

/** A batch of a device's own unsent events, each as its exact bytes. */
public record PushRequest(String deviceId, List<EventEnvelope> events) {

    /** At most this many events in one batch; the client splits its outbox accordingly. */
    public static final int MAX_EVENTS = 500;
    /** At most this many bytes in one request body. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public PushRequest {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(events, "events");
        events = List.copyOf(events);
    }
}
