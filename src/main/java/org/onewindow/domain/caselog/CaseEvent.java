package org.onewindow.domain.caselog;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One immutable entry in a case's append-only log. The event id makes upload idempotent; the
 * device id and per-device sequence order a device's own events; the HLC orders events across
 * devices; {@code previousHash}/{@code hash} chain each device's events so tampering shows.
 *
 * @param actor the user id of the person (or back-office system) who recorded it
 */
public record CaseEvent(UUID eventId, UUID caseId, String deviceId, long deviceSeq, Hlc hlc,
                        String actor, Instant recordedAt, EventPayload payload,
                        String previousHash, String hash) {

    public CaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
        previousHash = previousHash == null ? "" : previousHash;
        hash = hash == null ? "" : hash;
    }

    public EventType type() {
        return payload.type();
    }
}
