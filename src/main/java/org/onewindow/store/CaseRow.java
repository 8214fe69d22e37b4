package org.onewindow.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseStatus;

/**
 * One line of the case list (办件列表), read from the projection.
 *
 * @param idMasked  the applicant's ID number masked for display
 * @param itemNames the items' names joined with 、
 * @param syncState the least advanced state among the case's events (SYNCED when all are sent)
 */
public record CaseRow(UUID caseId, String caseNumber, CaseStatus status, String applicantName, String idNumber,
                      String idMasked, List<String> itemCodes, String itemNames, String bundleCode,
                      LocalDate receivedOn, LocalDate promisedDate, LocalDate statutoryDeadline,
                      String responsibleClerk, SyncState syncState) {

    public CaseRow {
        itemCodes = List.copyOf(itemCodes);
    }
}
