package org.onewindow.ui.cases;

import java.util.UUID;

/** One case in the lists after acceptance: where it is, since when, and what the clerk should notice. */
public record AfterLine(UUID caseId, String caseNumber, String applicant, String items, String department,
                        String stage, String since, String note) {
}
