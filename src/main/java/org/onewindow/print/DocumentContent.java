package org.onewindow.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.onewindow.domain.caselog.Intake;

/** What one notice or letter says; {@link DocumentRenderer} gives it the head, numbering and seal. */
public interface DocumentContent {

    DocumentKind kind();

    /** The case number printed as text and as a barcode; empty for documents before a case exists. */
    String caseNumber();

    /** The fields the QR code signs; empty for documents that carry no authenticity code. */
    Map<KeyField, String> keyFields(Issue issue);

    /**
     * Who the paper speaks for and seals it: by default the hall itself; papers about a case's items name the items'
     * deciding authority (see {@link Signatory}).
     */
    default Signatory signatory(OfficeDirectory offices) {
        OfficeProfile hall = offices.hall();
        return new Signatory(hall.name(), hall.abbreviation().isEmpty() ? Signatory.DEFAULT_ABBREVIATION : hall.abbreviation(),
                "本中心", java.util.List.of(hall.name()), hall.sealImage(), "", hall, Map.of());
    }

    /** The fields every letter about a case signs: case number, applicant, date and items. */
    static Map<KeyField, String> caseFields(String caseNumber, Intake intake, Issue issue) {
        Map<KeyField, String> fields = new EnumMap<>(KeyField.class);
        fields.put(KeyField.CASE, caseNumber);
        fields.put(KeyField.APPLICANT, intake.applicant().name());
        fields.put(KeyField.ISSUED, issue.issuedAt().toLocalDate().toString());
        return fields;
    }

    /** {@link #caseFields} and the date the applicant was promised (completion or the materials owed). */
    static Map<KeyField, String> caseFields(String caseNumber, Intake intake, Issue issue, LocalDate due) {
        Map<KeyField, String> fields = caseFields(caseNumber, intake, issue);
        fields.put(KeyField.DUE, due.toString());
        return fields;
    }

    /** A paper that should fit one sheet when set tighter (a receipt with a usual number of materials). */
    default boolean fitsOnePage() {
        return false;
    }

    /** Writes the body below the head. */
    void compose(DocumentWriter writer) throws IOException;
}
