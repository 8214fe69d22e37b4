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
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.staff.User;
import org.onewindow.print.CommitmentLetter;
import org.onewindow.print.DeficiencyNotice;
import org.onewindow.print.Delivery;
import org.onewindow.print.DenialDecision;
import org.onewindow.print.DocumentContent;
import org.onewindow.print.DocumentKind;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.Issue;
import org.onewindow.print.NumberWords;
import org.onewindow.print.PdfPreview;
import org.onewindow.print.PrintedDocument;
import org.onewindow.print.ProxyAuthorisationLetter;
import org.onewindow.print.ProxyReceipt;
import org.onewindow.print.Receipt;
import org.onewindow.print.RefusalNotice;
import org.onewindow.print.StaffNames;
import org.onewindow.print.ToleranceCommitment;
import org.onewindow.print.ToleranceNotice;
import org.onewindow.print.VoidNotice;
import org.onewindow.store.ArchivedDocument;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.DocumentArchive;
import org.onewindow.store.EventLog;
import org.onewindow.store.IssueRecord;
import org.onewindow.store.IssueRegister;
import org.onewindow.store.UnprintedDocument;

/**
 * 出具文书: the documents a case's current decision calls for, from its latest opening (or void) event — 受理 →
 * 受理通知书 (and the 告知承诺书 to sign when a 证明 was replaced by commitment); 容缺 → 受理通知书,
 * 容缺受理通知书 and the 容缺受理承诺书; 一次性告知 → 补正材料通知书; 不予受理 → 不予受理通知书; 作废 of a case whose
 * papers were handed out → 作废通知书; once the deciding authority refused a licence after review, the 不予行政许可决定书;
 * a proxy file (代办件) → the site's 代办受理回执 and, when printed, the 委托代办书. Each speaks for its deciding
 * authority and is numbered from the device's series of that office (its 机关代字 and the kind's word), rendered
 * once with the names of the people who acted when first issued, and kept with the case whether or not it is
 * printed, so a print that failed is printed later under the same number as a first print. A printed document is
 * archived with its print event in one transaction; printing it again is a 补打 that says so.
 */
public final class IssueDocuments {

    private final Supplier<Catalog> catalog;
    private final CaseDesk desk;
    private final EventLog events;
    private final DocumentArchive archive;
    private final IssueRegister register;
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
                   IssueRegister register, Supplier<DocumentRenderer> renderer, Supplier<DocumentPrinter> printer,
                   Supplier<StaffNames> names, Clock clock, Changes changes, Function<String, Optional<Site>> sites) {
        this.catalog = catalog;
        this.desk = desk;
        this.events = events;
        this.archive = archive;
        this.register = register;
        this.renderer = renderer;
        this.printer = printer;
        this.names = names;
        this.clock = clock;
        this.changes = changes;
        this.sites = sites;
    }

    /** What is handed to the applicant for this case, in that order; reads the case's log. */
    public List<DocumentDraft> draftsFor(UUID caseId) {
        return current(caseId).drafts();
    }

    /**
     * The current decision's documents, each issued once — numbered, rendered and kept — and from then on read
     * back as kept, printed or not. Safe to call again: nothing is numbered twice.
     */
    public synchronized List<IssuedDocument> issueAll(UUID caseId) {
        Decision decision = current(caseId);
        List<IssueRecord> kept = register.ofDecision(decision.eventId());
        List<IssuedDocument> issued = new ArrayList<>();
        for (DocumentDraft draft : decision.drafts()) {
            IssueRecord record = kept.stream().filter(r -> r.kind().equals(draft.kind().name())).findFirst()
                    .orElseGet(() -> keep(caseId, decision.eventId(), draft));
            issued.add(fromRecord(draft.content(), record));
        }
        return issued;
    }

    private IssueRecord keep(UUID caseId, UUID decisionEventId, DocumentDraft draft) {
        DocumentContent content = draft.content();
        DocumentRenderer documents = renderer.get();
        String prefix = documents.signatoryOf(content).abbreviation() + NumberWords.of(content.kind());
        LocalDateTime now = now();
        PrintedDocument rendered = documents.render(content, Issue.of(desk.nextDocumentNumber(prefix).text(), now),
                names.get());
        return register.keep(caseId, decisionEventId, content.kind().name(), rendered.documentNumber(),
                now.atZone(CaseFold.ZONE).toInstant(), rendered.authenticityCode(), rendered.pdf());
    }

    private static IssuedDocument fromRecord(DocumentContent content, IssueRecord record) {
        Issue issue = Issue.of(record.documentNumber(), LocalDateTime.ofInstant(record.issuedAt(), CaseFold.ZONE));
        PrintedDocument printed = new PrintedDocument(content.kind(), record.documentNumber(), content.caseNumber(),
                record.pdf(), record.authenticityCode());
        return new IssuedDocument(content, issue, printed, record.id(), record.printed());
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
     * The first print of a document issued earlier and never printed (the printer was off, the clerk moved on):
     * the very PDF kept when it was issued, under its number, not a 补打.
     *
     * @return the printer's name
     */
    public String printIssued(User actor, long issueId) {
        IssueRecord record = register.load(issueId)
                .orElseThrow(() -> new Problem.NotFound("本机没有这份已签发的文书"));
        if (record.printed()) {
            throw new Problem.RuleBroken("《" + DocumentKind.valueOf(record.kind()).title() + "》" + record.documentNumber()
                    + " 已经打印过；再次打印属于补打，须窗口负责人确认");
        }
        Decision decision = current(record.caseId());
        if (!decision.eventId().equals(record.decisionEventId())) {
            throw new Problem.RuleBroken("《" + DocumentKind.valueOf(record.kind()).title() + "》" + record.documentNumber()
                    + " 所依据的决定已被新的决定取代，不能再打印");
        }
        DocumentContent content = decision.drafts().stream().map(DocumentDraft::content)
                .filter(candidate -> candidate.kind().name().equals(record.kind())).findFirst()
                .orElseThrow(() -> new Problem.NotFound("本案现行决定没有这份文书"));
        return print(actor, record.caseId(), fromRecord(content, record), false);
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
        DocumentContent content = draftsFor(caseId).stream().map(DocumentDraft::content)
                .filter(candidate -> candidate.kind().name().equals(original.kind())).findFirst()
                .orElseThrow(() -> new Problem.RuleBroken(
                        DocumentKind.valueOf(original.kind()).title() + " 不是本案现行决定的文书，不能在此补打"));
        LocalDateTime issuedAt = register.ofCase(caseId).stream()
                .filter(record -> record.documentNumber().equals(original.documentNumber())).findFirst()
                .map(record -> LocalDateTime.ofInstant(record.issuedAt(), CaseFold.ZONE))
                .orElse(LocalDateTime.ofInstant(original.printedAt(), CaseFold.ZONE));
        PrintedDocument again = renderer.get().render(content, Issue.of(original.documentNumber(), issuedAt).reprint(now()),
                names.get());
        String printerName = printer.get().print(again);
        desk.recordPrinted(actor, caseId, again.kind().name(), again.documentNumber(), true, again.pdf());
        changes.caseSaved(desk.state(caseId));
        return printerName;
    }

    /** Documents of current decisions issued and never printed, newest first: what the home screen lists. */
    public List<UnprintedDocument> unprinted(int limit) {
        return register.unprinted(limit);
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

    /** The case's current decision — its latest opening or void — and the documents it calls for. */
    private record Decision(UUID eventId, List<DocumentDraft> drafts) {
    }

    private Decision current(UUID caseId) {
        List<CaseEvent> log = events.eventsOf(caseId);
        Optional<CaseEvent> latest = log.stream()
                .filter(e -> e.payload() instanceof EventPayload.Opening || e.payload() instanceof EventPayload.Voided)
                .reduce((first, second) -> second);
        if (latest.isEmpty()) {
            throw new Problem.NotFound("该案件尚无受理决定，没有可出具的文书");
        }
        Catalog items = catalog.get();
        List<DocumentContent> contents = new ArrayList<>();
        EventPayload payload = latest.get().payload();
        // after a one-time notice the case is decided again: the latest decision is the one the papers state
        if (payload instanceof ApplicationAccepted accepted) {
            contents.add(new Receipt(accepted, items, Delivery.atWindow()));
            if (accepted.decision() == DecisionKind.ACCEPT_WITH_TOLERANCE) {
                contents.add(new ToleranceNotice(accepted, items));
                contents.add(new ToleranceCommitment(accepted, items));
            }
            if (accepted.intake().materials().stream().anyMatch(m -> m.status() == MaterialStatus.COMMITMENT)) {
                contents.add(new CommitmentLetter(accepted, items));
            }
            denial(log, accepted, items).ifPresent(contents::add);
        } else if (payload instanceof EventPayload.DeficiencyNotified notified) {
            contents.add(new DeficiencyNotice(notified, items));
        } else if (payload instanceof EventPayload.ApplicationRefused refused) {
            contents.add(new RefusalNotice(refused, items));
        } else if (payload instanceof EventPayload.Voided voided) {
            voidNotice(caseId, voided, items).ifPresent(contents::add);
        } else if (payload instanceof EventPayload.ProxyFileOpened proxy) {
            // a proxy file has no decision yet: the applicant gets the site's receipt, never a 受理通知书
            Site site = sites.apply(proxy.site()).orElseThrow(() -> new Problem.NotFound(
                    "站点清单中没有代办点 " + proxy.site() + "，无法出具代办受理回执"));
            contents.add(new ProxyReceipt(proxy, items, site));
            if (proxy.authorisation().method() == Authorisation.Method.PRINTED_LETTER) {
                contents.add(new ProxyAuthorisationLetter(proxy, items, site));
            }
        }
        return new Decision(latest.get().eventId(), contents.stream().map(DocumentDraft::new).toList());
    }

    /**
     * 不予行政许可决定书 when the deciding authority refused the licence after review (行政许可法 §38): the window prints
     * it for the authority (综合出证). Only for licences: other kinds' refusals follow their own rules.
     */
    private static Optional<DocumentContent> denial(List<CaseEvent> log, ApplicationAccepted accepted, Catalog items) {
        boolean licences = accepted.intake().itemCodes().stream()
                .allMatch(code -> items.item(code).map(ServiceItem::licensing).orElse(false));
        return log.stream().filter(e -> e.payload() instanceof EventPayload.Decided decided && !decided.approved()
                        && !decided.note().isBlank()).reduce((first, second) -> second)
                .filter(e -> licences)
                .map(e -> new DenialDecision(accepted, items, LocalDateTime.ofInstant(e.recordedAt(), CaseFold.ZONE).toLocalDate(),
                        ((EventPayload.Decided) e.payload()).note()));
    }

    /** A void takes back the papers handed out: a notice only when some were printed. */
    private Optional<DocumentContent> voidNotice(UUID caseId, EventPayload.Voided voided, Catalog items) {
        List<VoidNotice.HandedOut> handedOut = archive.of(caseId).stream()
                .filter(document -> !document.reprint() && !document.kind().equals(DocumentKind.VOID_NOTICE.name()))
                .map(document -> new VoidNotice.HandedOut(DocumentKind.valueOf(document.kind()).title(),
                        document.documentNumber())).toList();
        if (handedOut.isEmpty()) {
            return Optional.empty();
        }
        CaseState state = desk.state(caseId);
        return Optional.of(new VoidNotice(state.caseNumber(), state.intake(), state.receivedOn(), voided, handedOut, items));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE);
    }
}
