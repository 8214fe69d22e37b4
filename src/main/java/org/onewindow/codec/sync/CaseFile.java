package org.onewindow.codec.sync;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseEvent;

/** A case's whole log as the central store holds it (fetched by case number). */
public record CaseFile(UUID caseId, String caseNumber, String hall, List<CaseEvent> events) {
    public CaseFile {
        Objects.requireNonNull(caseId, "caseId");
        events = List.copyOf(events);
    }
}
