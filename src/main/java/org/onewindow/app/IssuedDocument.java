package org.onewindow.app;

import org.onewindow.print.DocumentContent;
import org.onewindow.print.DocumentKind;
import org.onewindow.print.Issue;
import org.onewindow.print.PrintedDocument;

/** One document of a case as first issued: what it says, its number and date, and the exact PDF. */
public record IssuedDocument(DocumentContent content, Issue issue, PrintedDocument printed) {

    public DocumentKind kind() {
        return content.kind();
    }

    public String number() {
        return issue.documentNumber();
    }
}
