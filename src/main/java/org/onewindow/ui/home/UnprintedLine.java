package org.onewindow.ui.home;

import java.util.UUID;

/**
 * A document issued for a case and never printed, as the home screen lists it (待打印文书).
 *
 * @param issuedAt when it was issued, as shown
 */
public record UnprintedLine(long issueId, UUID caseId, String caseNumber, String applicant, String title,
                            String number, String issuedAt) {
}
