package org.onewindow.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.intake.DecisionKind;

/**
 * One line of the case list (办件列表), read from the projection.
 *
 * @param idMasked  the applicant's ID number masked for display
 * @param itemNames the items' names joined with 、
 * @param syncState the least advanced state among the case's events (SYNCED when all are sent)
 * @param decision  the window's decision (受理, 容缺受理, 告知承诺受理 …), null for a case not yet decided
 * @param phone     the applicant's phone as recorded
 */
public record CaseRow(UUID caseId, String caseNumber, CaseStatus status, String applicantName, String idNumber,
                      String idMasked, List<String> itemCodes, String itemNames, String bundleCode,
                      LocalDate receivedOn, LocalDate promisedDate, LocalDate statutoryDeadline,
                      String responsibleClerk, SyncState syncState, DecisionKind decision, String phone) {

    public CaseRow {
        itemCodes = List.copyOf(itemCodes);
    }
}
