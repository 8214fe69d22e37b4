package org.onewindow.app;

import org.onewindow.print.DocumentContent;
import org.onewindow.print.DocumentKind;
import org.onewindow.print.Issue;
import org.onewindow.print.PrintedDocument;

/**
 * One document of a case as issued and kept: what it says, its number and date, and the exact PDF.
 *
 * @param issueId        its row in the register of issued documents
 * @param alreadyPrinted a first print of it was recorded, so printing it again is a 补打
 */
public record IssuedDocument(DocumentContent content, Issue issue, PrintedDocument printed, long issueId,
                             boolean alreadyPrinted) {

    public DocumentKind kind() {
        return content.kind();
    }

    public String number() {
        return issue.documentNumber();
    }
}
