package org.onewindow.store;

import java.time.Instant;
import java.util.UUID;

/** A document of a case's current decision that was issued and never printed, as the home screen lists it. */
public record UnprintedDocument(long issueId, UUID caseId, String caseNumber, String applicantName, String kind,
                                String documentNumber, Instant issuedAt) {
}
