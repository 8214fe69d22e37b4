package org.onewindow.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.staff.User;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.HandoverSheet;
import org.onewindow.print.Issue;
import org.onewindow.print.PrintedDocument;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.EventLog;

/**
 * 交接送件: the agent gathers the site's proxy files into a batch, counts each file's paper materials, records the
 * hand-over on every file and prints the 交接单 both sides sign. The sheet is made from the files' own events, so it
 * can be printed again at any time and always says what was recorded.
 */
public final class HandOver {

    private final CaseDesk desk;
    private final EventLog events;
    private final SiteSettings sites;
    private final Supplier<Catalog> catalog;
    private final Supplier<DocumentRenderer> renderer;
    private final Supplier<DocumentPrinter> printer;
    private final Clock clock;
    private final Changes changes;

    HandOver(CaseDesk desk, EventLog events, SiteSettings sites, Supplier<Catalog> catalog,
             Supplier<DocumentRenderer> renderer, Supplier<DocumentPrinter> printer, Clock clock, Changes changes) {
        this.desk = desk;
        this.events = events;
        this.sites = sites;
        this.catalog = catalog;
        this.renderer = renderer;
        this.printer = printer;
        this.clock = clock;
        this.changes = changes;
    }

    /** A batch as recorded: its number and its files as they stand now. */
    public record Batch(String number, List<CaseState> files) {
        public Batch {
            files = List.copyOf(files);
        }
    }

    /** The site's proxy files still held here (taken in, or returned by the hall), oldest first. */
    public List<CaseState> atSite() {
        List<CaseState> held = new ArrayList<>();
        for (UUID caseId : proxyCases()) {
            CaseState state = desk.state(caseId);
            if (state.custody() != null && state.custody().stage().atSite() && !state.status().closed()) {
                held.add(state);
            }
        }
        return held;
    }

    /** The paper materials a file is expected to carry: those presented, and a signed 委托书. */
    public static int papersOf(CaseState state) {
        int presented = (int) state.intake().materials().stream()
                .filter(m -> m.status() == MaterialStatus.PRESENTED_ORIGINAL || m.status() == MaterialStatus.PRESENTED_COPY)
                .count();
        presented += (int) state.supplements().stream()
                .filter(m -> m.status() == MaterialStatus.PRESENTED_ORIGINAL || m.status() == MaterialStatus.PRESENTED_COPY)
                .count();
        return presented;
    }

    /**
     * Records the hand-over of these files in one new batch, each with its count of paper materials; all or none
     * are checked before the first is recorded.
     */
    public Batch handOver(User agent, List<UUID> caseIds, Map<UUID, Integer> papers, String note) {
        if (caseIds.isEmpty()) {
            throw new Problem.InvalidInput("请至少选择一件代办件");
        }
        Site site = sites.current().orElseThrow(() -> new Problem.NotPermitted("本机未设定代办点，不能交接代办件"));
        Set<UUID> chosen = new LinkedHashSet<>(caseIds);
        for (UUID caseId : chosen) {
            CaseState state = desk.state(caseId);
            if (state.custody() == null || !state.custody().stage().atSite() || state.status().closed()) {
                throw new Problem.RuleBroken("编号 " + state.caseNumber() + " 不在代办点待送交，不能列入交接单");
            }
        }
        String number = desk.nextDocumentNumber("交接").text();
        List<CaseState> handed = new ArrayList<>();
        for (UUID caseId : chosen) {
            int count = papers.getOrDefault(caseId, -1);
            CaseState after = desk.append(agent, caseId, new Once(current -> new EventPayload.HandedOver(number, site.hall(),
                    count >= 0 ? count : papersOf(current) + letterOf(current), note)));
            changes.caseSaved(after);
            handed.add(after);
        }
        return new Batch(number, handed);
    }

    private int letterOf(CaseState state) {
        return events.eventsOf(state.caseId()).stream().map(CaseEvent::payload)
                .filter(EventPayload.ProxyFileOpened.class::isInstance).map(EventPayload.ProxyFileOpened.class::cast)
                .anyMatch(p -> p.authorisation().method() == Authorisation.Method.PRINTED_LETTER) ? 1 : 0;
    }

    /** The batches this site handed over, newest first, with their files as they stand now. */
    public List<Batch> batches() {
        Map<String, List<UUID>> byBatch = new java.util.LinkedHashMap<>();
        for (CaseEvent event : events.ofTypeSince(EventType.HANDED_OVER, Instant.EPOCH)) {
            byBatch.computeIfAbsent(((EventPayload.HandedOver) event.payload()).batchNumber(), b -> new ArrayList<>())
                    .add(event.caseId());
        }
        List<Batch> batches = new ArrayList<>();
        byBatch.forEach((number, ids) -> batches.add(0, new Batch(number, ids.stream().map(desk::state).toList())));
        return batches;
    }

    /** The 交接单 of a batch, made from its files' hand-over events. */
    public PrintedDocument sheet(String batchNumber) {
        List<HandoverSheet.Line> lines = new ArrayList<>();
        String agentName = "";
        LocalDate on = null;
        Site site = null;
        Catalog items = catalog.get();
        for (CaseEvent event : events.ofTypeSince(EventType.HANDED_OVER, Instant.EPOCH)) {
            EventPayload.HandedOver handed = (EventPayload.HandedOver) event.payload();
            if (!handed.batchNumber().equals(batchNumber)) {
                continue;
            }
            List<CaseEvent> log = events.eventsOf(event.caseId());
            EventPayload.ProxyFileOpened proxy = log.stream().map(CaseEvent::payload)
                    .filter(EventPayload.ProxyFileOpened.class::isInstance).map(EventPayload.ProxyFileOpened.class::cast)
                    .findFirst().orElseThrow();
            long copies = log.stream().filter(e -> e.type() == EventType.ATTACHMENT_ADDED).count();
            String names = String.join("、", proxy.intake().itemCodes().stream()
                    .map(code -> items.item(code).map(ServiceItem::name).orElse(code)).toList());
            lines.add(new HandoverSheet.Line(proxy.caseNumber(), proxy.intake().applicant().name(), names,
                    handed.papers(), (int) copies));
            agentName = proxy.agentName();
            on = LocalDate.ofInstant(event.recordedAt(), CaseFold.ZONE);
            if (site == null) {
                site = sites.sites().site(proxy.site()).orElse(null);
            }
        }
        if (lines.isEmpty() || site == null) {
            throw new Problem.NotFound("本机没有交接单 " + batchNumber);
        }
        HandoverSheet sheet = new HandoverSheet(batchNumber, site, agentName, on, lines);
        return renderer.get().render(sheet, Issue.of(batchNumber, LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE)));
    }

    /** Prints the batch's 交接单 (two copies are signed: one stays at the hall, one at the site); returns the printer. */
    public String printSheet(String batchNumber) {
        return printer.get().print(sheet(batchNumber));
    }

    private List<UUID> proxyCases() {
        return events.ofTypeSince(EventType.PROXY_FILE_OPENED, Instant.EPOCH).stream().map(CaseEvent::caseId).toList();
    }

    /** A step that records one event. */
    private static final class Once implements CaseDesk.Step {
        private final CaseDesk.Step step;
        private boolean done;

        Once(CaseDesk.Step step) {
            this.step = step;
        }

        @Override
        public EventPayload next(CaseState current) {
            if (done) {
                return null;
            }
            done = true;
            return step.next(current);
        }
    }
}
