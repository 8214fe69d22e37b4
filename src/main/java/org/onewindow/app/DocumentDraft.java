package org.onewindow.app;

import org.onewindow.print.DocumentContent;
import org.onewindow.print.DocumentKind;

/** A document a case's decision calls for, not yet issued: what it will say. */
public record DocumentDraft(DocumentContent content) {

    public DocumentKind kind() {
        return content.kind();
    }

    public String title() {
        return content.kind().title();
    }
}
