package org.onewindow.codec.sync;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A case's whole log as the central store holds it (fetched by case number), each event as its exact bytes, with the
 * public keys of the devices that recorded them.
 */
public record CaseFile(UUID caseId, String caseNumber, String hall, List<DeviceKey> keys, List<EventEnvelope> events) {
    public CaseFile {
        Objects.requireNonNull(caseId, "caseId");
        keys = keys == null ? List.of() : List.copyOf(keys);
        events = List.copyOf(events);
    }
}
