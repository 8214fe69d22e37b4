package org.onewindow.ui.cases;

import java.time.LocalDateTime;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.print.DocumentContent;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.Issue;
import org.onewindow.print.PrintedDocument;
import org.onewindow.print.PrintingException;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.User;
import org.onewindow.ui.documents.CaseDocuments;

/**
 * 补打: a document printed before is rendered again from the case's own events with its original
 * number, stamped 补打 with the time, printed, and kept with the case with a print event naming the
 * supervisor who allowed it. A failed print records nothing, so the case shows only what was printed.
 */
public final class DocumentReprints {

    private final CaseDesk desk;
    private final CaseDocuments documents;
    private final DocumentPrinter printer;

    public DocumentReprints(CaseDesk desk, CaseDocuments documents, DocumentPrinter printer) {
        this.desk = desk;
        this.documents = documents;
        this.printer = printer;
    }

    /** Returns the name of the printer it went to. */
    public String reprint(UUID caseId, DocumentLine original, User supervisor) throws PrintingException {
        CaseState state = desk.state(caseId);
        DocumentContent content = documents.contentsFor(state).stream()
                .filter(candidate -> candidate.kind().name().equals(original.kindCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(original.kind() + " 不是本案的受理文书，不能在此补打"));
        Issue first = Issue.of(original.number(), LocalDateTime.ofInstant(original.printed(), CaseFold.ZONE));
        PrintedDocument again = documents.render(content, documents.reprintOf(first));
        String printerName = printer.print(again);
        documents.recordPrinted(supervisor, state, again, true);
        return printerName;
    }
}
