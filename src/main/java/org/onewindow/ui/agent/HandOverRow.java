package org.onewindow.ui.agent;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** A file held at the site, to put on a hand-over sheet: chosen or not, and its paper materials counted. */
public final class HandOverRow {

    private final UUID caseId;
    private final String caseNumber;
    private final String applicant;
    private final String items;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);
    private final IntegerProperty papers = new SimpleIntegerProperty(this, "papers");

    public HandOverRow(UUID caseId, String caseNumber, String applicant, String items, int papers) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.applicant = applicant;
        this.items = items;
        this.papers.set(papers);
    }

    public UUID caseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getItems() {
        return items;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public IntegerProperty papersProperty() {
        return papers;
    }
}
