package org.onewindow.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as first issued for a case (签发): numbered, rendered and kept byte for byte whether or not it
 * was printed yet.
 *
 * @param decisionEventId the event whose decision the document states (an opening, or a void)
 * @param printed         whether a first print of it was recorded
 * @param pdf             the PDF bytes; empty when only the listing was read
 */
public record IssueRecord(long id, UUID caseId, UUID decisionEventId, String kind, String documentNumber,
                          Instant issuedAt, String authenticityCode, String sha256, boolean printed, byte[] pdf) {
}
