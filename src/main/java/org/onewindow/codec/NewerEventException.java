package org.onewindow.codec;

import java.util.UUID;

/**
 * An event written by a newer build than this one: a type this build does not know, or a newer schema of a
 * known type that this build cannot bind. It is not wrong, only too new: keep its bytes, read it after the
 * upgrade (decision record 0016).
 */
public final class NewerEventException extends EventFormatException {

    private final UUID eventId;
    private final String deviceId;
    private final String type;

    public NewerEventException(UUID eventId, String deviceId, String type, String field, String problem,
                               Throwable cause) {
        super(field, problem, cause);
        this.eventId = eventId;
        this.deviceId = deviceId;
        this.type = type;
    }

    /** The event's id, as far as it could be read; null when even that could not. */
    public UUID eventId() {
        return eventId;
    }

    /** The device that recorded it, as far as it could be read; null when that could not. */
    public String deviceId() {
        return deviceId;
    }

    /** The type name the body gives. */
    public String type() {
        return type;
    }
}
