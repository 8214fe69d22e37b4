package org.onewindow.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.onewindow.domain.caselog.Intake;

/** What one notice or letter says; {@link DocumentRenderer} gives it the letterhead, numbering and seal. */
public interface DocumentContent {

    DocumentKind kind();

    /** The case number printed as text and as a barcode; empty for documents before a case exists. */
    String caseNumber();

    /** The fields the QR code signs; empty for documents that carry no authenticity code. */
    Map<KeyField, String> keyFields(Issue issue);

    /** The fields every letter about a case signs: case number, applicant, date and items. */
    static Map<KeyField, String> caseFields(String caseNumber, Intake intake, Issue issue) {
        Map<KeyField, String> fields = new EnumMap<>(KeyField.class);
        fields.put(KeyField.CASE, caseNumber);
        fields.put(KeyField.APPLICANT, intake.applicant().name());
        fields.put(KeyField.ISSUED, issue.issuedAt().toLocalDate().toString());
        fields.put(KeyField.ITEMS, String.join(",", intake.itemCodes()));
        return fields;
    }

    /** {@link #caseFields} and the date the applicant was promised (completion or the materials owed). */
    static Map<KeyField, String> caseFields(String caseNumber, Intake intake, Issue issue, LocalDate due) {
        Map<KeyField, String> fields = caseFields(caseNumber, intake, issue);
        fields.put(KeyField.DUE, due.toString());
        return fields;
    }

    /** Writes the body below the letterhead. */
    void compose(DocumentWriter writer) throws IOException;
}
