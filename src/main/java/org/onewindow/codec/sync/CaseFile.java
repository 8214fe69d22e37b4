package org.onewindow.codec.sync;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A case's whole log as the central store holds it (fetched by case number), each event as its exact bytes. */
public record CaseFile(UUID caseId, String caseNumber, String hall, List<EventEnvelope> events) {
    public CaseFile {
        Objects.requireNonNull(caseId, "caseId");
        events = List.copyOf(events);
    }
}
