package org.onewindow.ui.handover;

import java.util.UUID;

/** One file of a site's batch as the hall receives it, in words. */
public record HandoverItemRow(UUID caseId, String caseNumber, String applicant, String items, int papersHandedOver,
                              String state, boolean inTransit, boolean awaitingDecision) {

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getItems() {
        return items;
    }

    public int getPapersHandedOver() {
        return papersHandedOver;
    }

    public String getState() {
        return state;
    }
}
