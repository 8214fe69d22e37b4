package org.onewindow.ui.agent;

import java.util.UUID;

/** One proxy file in the agent's outbox, in words. */
public record ProxyFileRow(UUID caseId, String caseNumber, String applicant, String items, String stage,
                           String hall, String waiting) {
}
