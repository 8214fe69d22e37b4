package org.onewindow.print;

import java.io.IOException;
import java.util.Map;

/** What one notice or letter says; {@link DocumentRenderer} gives it the letterhead, numbering and seal. */
public interface DocumentContent {

    DocumentKind kind();

    /** The case number printed as text and as a barcode; empty for documents before a case exists. */
    String caseNumber();

    /** The fields the QR code signs; empty for documents that carry no authenticity code. */
    Map<KeyField, String> keyFields(Issue issue);

    /** Writes the body below the letterhead. */
    void compose(DocumentWriter writer) throws IOException;
}
