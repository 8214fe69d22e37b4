package org.onewindow.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A printed document exactly as it went to the printer (存档), kept for reprints and audits.
 *
 * @param pdf the PDF bytes; empty when only the listing was read
 */
public record ArchivedDocument(long id, UUID caseId, UUID eventId, String kind, String documentNumber,
                               boolean reprint, Instant printedAt, String sha256, byte[] pdf) {
}
