package org.onewindow.ui.documents;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.CommitmentLetter;
import org.onewindow.print.DeficiencyNotice;
import org.onewindow.print.Delivery;
import org.onewindow.print.DocumentContent;
import org.onewindow.print.DocumentKind;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.Fonts;
import org.onewindow.print.SigningKeys;
import org.onewindow.print.Issue;
import org.onewindow.print.PrintedDocument;
import org.onewindow.print.PrintingException;
import org.onewindow.print.Receipt;
import org.onewindow.print.RefusalNotice;
import org.onewindow.print.ToleranceCommitment;
import org.onewindow.print.ToleranceNotice;
import org.onewindow.store.ArchivedDocument;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.DocumentArchive;
import org.onewindow.store.EventLog;
import org.onewindow.store.User;

/**
 * The documents a window decision calls for, rendered from the case's own opening event with the
 * print part's layouts: 受理 → 受理通知书 (and the 告知承诺书 to sign when a material was replaced by
 * commitment); 容缺 → 受理通知书, 容缺受理通知书 and the 容缺受理承诺书; 一次性告知 → 补正材料通知书;
 * 不予受理 → 不予受理通知书. Each gets its own number from the device's series when first rendered;
 * a printed document is archived with the case, the exact PDF and a print event in one transaction.
 */
public final class CaseDocuments {

    /** The word each kind adds to the office's abbreviation in its number, e.g. 政服受〔2026〕…号. */
    private static final Map<DocumentKind, String> NUMBER_WORD = Map.of(
            DocumentKind.RECEIPT, "受",
            DocumentKind.TOLERANCE_NOTICE, "容",
            DocumentKind.TOLERANCE_COMMITMENT, "容诺",
            DocumentKind.COMMITMENT_LETTER, "诺",
            DocumentKind.DEFICIENCY_NOTICE, "补",
            DocumentKind.REFUSAL_NOTICE, "不受");

    private final Catalog catalog;
    private final CaseDesk desk;
    private final EventLog events;
    private final DocumentArchive archive;
    private final DocumentRenderer renderer;
    private final String officeAbbreviation;
    private final Clock clock;

    public CaseDocuments(Catalog catalog, CaseDesk desk, EventLog events, DocumentArchive archive,
                         DocumentRenderer renderer, String officeAbbreviation, Clock clock) {
        this.catalog = catalog;
        this.desk = desk;
        this.events = events;
        this.archive = archive;
        this.renderer = renderer;
        this.officeAbbreviation = officeAbbreviation;
        this.clock = clock;
    }

    /** The documents of cases saved in {@code store}, signed with this installation's key. */
    public static CaseDocuments open(Catalog catalog, ClientStore store, DataDirectory data, Clock clock) {
        OfficeSettings office = new OfficeSettings(store.settings());
        DocumentRenderer renderer = new DocumentRenderer(Fonts.bundled(), SigningKeys.openOrCreate(data.keys()), office.profile());
        return new CaseDocuments(catalog, store.desk(), store.events(), store.documents(), renderer, office.abbreviation(), clock);
    }

    /** What is handed to the applicant for this case, in that order. */
    public List<DocumentContent> contentsFor(CaseState state) {
        EventPayload opening = events.eventsOf(state.caseId()).stream().map(CaseEvent::payload)
                .filter(p -> p instanceof ApplicationAccepted || p instanceof EventPayload.DeficiencyNotified
                        || p instanceof EventPayload.ApplicationRefused)
                .findFirst().orElseThrow(() -> new IllegalStateException("案件 " + state.caseNumber() + " 没有受理决定"));
        List<DocumentContent> contents = new ArrayList<>();
        if (opening instanceof ApplicationAccepted accepted) {
            contents.add(new Receipt(accepted, catalog, Delivery.atWindow()));
            if (accepted.decision() == DecisionKind.ACCEPT_WITH_TOLERANCE) {
                contents.add(new ToleranceNotice(accepted, catalog));
                contents.add(new ToleranceCommitment(accepted, catalog));
            }
            if (accepted.intake().materials().stream().anyMatch(m -> m.status() == MaterialStatus.COMMITMENT)) {
                contents.add(new CommitmentLetter(accepted, catalog));
            }
        } else if (opening instanceof EventPayload.DeficiencyNotified notified) {
            contents.add(new DeficiencyNotice(notified, catalog));
        } else {
            contents.add(new RefusalNotice((EventPayload.ApplicationRefused) opening, catalog));
        }
        return contents;
    }

    /** A first issue of a document: the next number of this device's series, dated now. */
    public Issue firstIssue(DocumentKind kind) {
        String prefix = officeAbbreviation + NUMBER_WORD.getOrDefault(kind, "");
        return Issue.of(desk.nextDocumentNumber(prefix).text(), now());
    }

    public PrintedDocument render(DocumentContent content, Issue issue) {
        return renderer.render(content, issue);
    }

    /** The same document again, stamped 补打 with the time (it was printed before). */
    public Issue reprintOf(Issue issue) {
        return issue.reprint(now());
    }

    /** Keeps the exact PDF that went to the printer with the case and appends the print event. */
    public ArchivedDocument recordPrinted(User clerk, CaseState state, PrintedDocument printed, boolean reprint) {
        return desk.recordPrinted(clerk, state.caseId(), printed.kind().name(), printed.documentNumber(), reprint, printed.pdf());
    }

    /**
     * 补打: the archived document printed again, re-rendered under its original number and date and
     * stamped 补打 with the time, then kept with the case like any print. Who may reprint is the
     * caller's rule (a supervisor); a printer error throws and records nothing.
     *
     * @return the printer's name
     */
    public String reprint(User actor, UUID caseId, long archiveId, DocumentPrinter printer) throws PrintingException {
        ArchivedDocument original = archive.load(archiveId)
                .filter(document -> document.caseId().equals(caseId))
                .orElseThrow(() -> new IllegalArgumentException("该案件没有这份已打印的文书：" + archiveId));
        CaseState state = desk.state(caseId);
        DocumentContent content = contentsFor(state).stream()
                .filter(candidate -> candidate.kind().name().equals(original.kind())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("无法补打这类文书：" + original.kind()));
        Issue issue = Issue.of(original.documentNumber(), LocalDateTime.ofInstant(original.printedAt(), CaseFold.ZONE));
        PrintedDocument copy = render(content, reprintOf(issue));
        String printerName = printer.print(copy);
        recordPrinted(actor, state, copy, true);
        return printerName;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE);
    }
}
