package org.onewindow.app;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.staff.User;
import org.onewindow.print.CommitmentLetter;
import org.onewindow.print.DeficiencyNotice;
import org.onewindow.print.DenialDecision;
import org.onewindow.print.NumberWords;
import org.onewindow.print.StaffNames;
import org.onewindow.print.Delivery;
import org.onewindow.print.DocumentContent;
import org.onewindow.print.DocumentKind;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.Issue;
import org.onewindow.print.PdfPreview;
import org.onewindow.print.PrintedDocument;
import org.onewindow.print.ProxyAuthorisationLetter;
import org.onewindow.print.ProxyReceipt;
import org.onewindow.print.Receipt;
import org.onewindow.print.RefusalNotice;
import org.onewindow.print.ToleranceCommitment;
import org.onewindow.print.ToleranceNotice;
import org.onewindow.store.ArchivedDocument;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.DocumentArchive;
import org.onewindow.store.EventLog;

/**
 * 出具文书: the documents a window decision calls for, from the case's latest opening event — 受理 →
 * 受理通知书 (and the 告知承诺书 to sign when a 证明 was replaced by commitment); 容缺 → 受理通知书,
 * 容缺受理通知书 and the 容缺受理承诺书; 一次性告知 → 补正材料通知书; 不予受理 → 不予受理通知书; and, once the deciding
 * authority refused a licence after review, the 不予行政许可决定书. Each speaks for the items' deciding authority and
 * gets its number from the device's series of that office when first issued; a printed document is kept with the case — the
 * exact PDF and its print event in one transaction — and printing it again is a 补打 that says so.
 */
public final class IssueDocuments {

    private final Supplier<Catalog> catalog;
    private final CaseDesk desk;
    private final EventLog events;
    private final DocumentArchive archive;
    private final Supplier<DocumentRenderer> renderer;
    private final Supplier<DocumentPrinter> printer;
    private final Supplier<StaffNames> names;
    private final Clock clock;
    private final Changes changes;
    private final Function<String, Optional<Site>> sites;

    /**
     * @param names the display names of the hall's accounts, read when a document is rendered: papers print people's
     *              names, the events keep their ids
     */
    IssueDocuments(Supplier<Catalog> catalog, CaseDesk desk, EventLog events, DocumentArchive archive,
                   Supplier<DocumentRenderer> renderer, Supplier<DocumentPrinter> printer, Supplier<StaffNames> names,
                   Clock clock, Changes changes, Function<String, Optional<Site>> sites) {
        this.catalog = catalog;
        this.desk = desk;
        this.events = events;
        this.archive = archive;
        this.renderer = renderer;
        this.printer = printer;
        this.names = names;
        this.clock = clock;
        this.changes = changes;
        this.sites = sites;
    }

    /** What is handed to the applicant for this case, in that order; reads the case's log. */
    public List<DocumentDraft> draftsFor(UUID caseId) {
        return contentsFor(caseId).stream().map(DocumentDraft::new).toList();
    }

    private List<DocumentContent> contentsFor(UUID caseId) {
        List<CaseEvent> log = events.eventsOf(caseId);
        List<EventPayload.Opening> openings = log.stream().map(CaseEvent::payload)
                .filter(EventPayload.Opening.class::isInstance).map(EventPayload.Opening.class::cast).toList();
        if (openings.isEmpty()) {
            throw new Problem.NotFound("该案件尚无受理决定，没有可出具的文书");
        }
        // after a one-time notice the case is decided again: the latest decision is the one the papers state
        EventPayload.Opening latest = openings.get(openings.size() - 1);
        Catalog items = catalog.get();
        List<DocumentContent> contents = new ArrayList<>();
        if (latest instanceof ApplicationAccepted accepted) {
            contents.add(new Receipt(accepted, items, Delivery.atWindow()));
            if (accepted.decision() == DecisionKind.ACCEPT_WITH_TOLERANCE) {
                contents.add(new ToleranceNotice(accepted, items));
                contents.add(new ToleranceCommitment(accepted, items));
            }
            if (accepted.intake().materials().stream().anyMatch(m -> m.status() == MaterialStatus.COMMITMENT)) {
                contents.add(new CommitmentLetter(accepted, items));
            }
            denial(log, accepted, items).ifPresent(contents::add);
        } else if (latest instanceof EventPayload.DeficiencyNotified notified) {
            contents.add(new DeficiencyNotice(notified, items));
        } else if (latest instanceof EventPayload.ApplicationRefused refused) {
            contents.add(new RefusalNotice(refused, items));
        } else if (latest instanceof EventPayload.ProxyFileOpened proxy) {
            // a proxy file has no decision yet: the applicant gets the site's receipt, never a 受理通知书
            Site site = sites.apply(proxy.site()).orElseThrow(() -> new Problem.NotFound(
                    "站点清单中没有代办点 " + proxy.site() + "，无法出具代办受理回执"));
            contents.add(new ProxyReceipt(proxy, items, site));
            if (proxy.authorisation().method() == Authorisation.Method.PRINTED_LETTER) {
                contents.add(new ProxyAuthorisationLetter(proxy, items, site));
            }
        }
        return contents;
    }

    /**
     * 不予行政许可决定书 when the deciding authority refused the licence after review (行政许可法 §38): the window prints
     * it for the authority (综合出证). Only for licences: other kinds' refusals follow their own rules.
     */
    private static Optional<DocumentContent> denial(List<CaseEvent> log, ApplicationAccepted accepted, Catalog items) {
        boolean licences = accepted.intake().itemCodes().stream()
                .allMatch(code -> items.item(code).map(org.onewindow.domain.catalog.ServiceItem::licensing).orElse(false));
        return log.stream().filter(e -> e.payload() instanceof EventPayload.Decided decided && !decided.approved()
                        && !decided.note().isBlank()).reduce((first, second) -> second)
                .filter(e -> licences)
                .map(e -> new DenialDecision(accepted, items, LocalDateTime.ofInstant(e.recordedAt(), CaseFold.ZONE).toLocalDate(),
                        ((EventPayload.Decided) e.payload()).note()));
    }

    /**
     * A first issue of a document: the next number of the device's series of the office it speaks for (its 机关代字
     * and the kind's word), dated now, rendered with the names of the people who acted.
     */
    public IssuedDocument issue(DocumentDraft draft) {
        DocumentContent content = draft.content();
        DocumentRenderer documents = renderer.get();
        String prefix = documents.signatoryOf(content).abbreviation() + NumberWords.of(content.kind());
        Issue issue = Issue.of(desk.nextDocumentNumber(prefix).text(), now());
        return new IssuedDocument(content, issue, documents.render(content, issue, names.get()));
    }

    /**
     * Sends a document to the printer its kind is set to and keeps it with the case; {@code again} prints a
     * copy stamped 补打 with the time. Nothing is recorded when the printer fails.
     *
     * @return the printer's name
     */
    public String print(User actor, UUID caseId, IssuedDocument document, boolean again) {
        PrintedDocument copy = again ? renderer.get().render(document.content(), document.issue().reprint(now()), names.get())
                : document.printed();
        String printerName = printer.get().print(copy);
        desk.recordPrinted(actor, caseId, copy.kind().name(), copy.documentNumber(), again, copy.pdf());
        changes.caseSaved(desk.state(caseId));
        return printerName;
    }

    /**
     * 补打 of a kept document: re-rendered from the case's own events under its original number and date,
     * stamped 补打 with the time, printed and kept like any print. Who may reprint is the caller's rule.
     *
     * @return the printer's name
     */
    public String reprint(User actor, UUID caseId, long archiveId) {
        ArchivedDocument original = archive.load(archiveId).filter(document -> document.caseId().equals(caseId))
                .orElseThrow(() -> new Problem.NotFound("该案件没有这份已打印的文书"));
        DocumentContent content = contentsFor(caseId).stream()
                .filter(candidate -> candidate.kind().name().equals(original.kind())).findFirst()
                .orElseThrow(() -> new Problem.RuleBroken(
                        DocumentKind.valueOf(original.kind()).title() + " 不是本案现行决定的文书，不能在此补打"));
        LocalDateTime issuedAt = LocalDateTime.ofInstant(original.printedAt(), CaseFold.ZONE);
        PrintedDocument again = renderer.get().render(content, Issue.of(original.documentNumber(), issuedAt).reprint(now()),
                names.get());
        String printerName = printer.get().print(again);
        desk.recordPrinted(actor, caseId, again.kind().name(), again.documentNumber(), true, again.pdf());
        changes.caseSaved(desk.state(caseId));
        return printerName;
    }

    /** The pages of a document as images at {@code scale} (1 = 72 dots per inch): the preview is the very PDF. */
    public List<BufferedImage> preview(PrintedDocument document, float scale) {
        List<BufferedImage> images = new ArrayList<>();
        try (PdfPreview preview = new PdfPreview(document.pdf())) {
            for (int i = 0; i < preview.pageCount(); i++) {
                images.add(preview.page(i, scale));
            }
        }
        return images;
    }

    /** The case's documents kept here (printed), newest last. */
    public List<ArchivedDocument> kept(UUID caseId) {
        return archive.of(caseId);
    }

    /** The case as it stands after its documents were printed. */
    public CaseState state(UUID caseId) {
        return desk.state(caseId);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE);
    }
}
