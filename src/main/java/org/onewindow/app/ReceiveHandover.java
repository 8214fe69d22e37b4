package org.onewindow.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Custody;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.proxy.SiteMandate;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.EventLog;

/**
 * 交接接收 at the hall: the window takes a site's batch file by file — counts each file's paper materials against
 * the sheet, records a discrepancy, or returns a file it cannot take — and then decides on each received file
 * through the same acceptance policy and opening events as an application taken at the window. The 受理 starts
 * with that decision, under the case's own number, and its 受理通知书 is issued as for any acceptance.
 */
public final class ReceiveHandover {

    private final CaseDesk desk;
    private final EventLog events;
    private final Decisions decisions;
    private final Openings openings;
    private final Changes changes;

    ReceiveHandover(CaseDesk desk, EventLog events, Decisions decisions, Openings openings, Changes changes) {
        this.desk = desk;
        this.events = events;
        this.decisions = decisions;
        this.openings = openings;
        this.changes = changes;
    }

    /** One file of a batch: as it stands, with what the sheet says was handed over. */
    public record Item(CaseState state, int papersHandedOver, String agent, Instant handedOverAt) {

        /** Still on its way: the hall has neither received nor returned it. */
        public boolean inTransit() {
            return state.custody() != null && state.custody().stage() == Custody.Stage.HANDED_OVER;
        }

        /** Received and not yet decided by the hall. */
        public boolean awaitingDecision() {
            return state.proxyUndecided() && state.custody().stage() == Custody.Stage.AT_HALL;
        }
    }

    /** A batch as the hall sees it. */
    public record Batch(String number, String site, List<Item> items) {
        public Batch {
            items = List.copyOf(items);
        }

        public long waiting() {
            return items.stream().filter(item -> item.inTransit() || item.awaitingDecision()).count();
        }
    }

    /** Every batch known here with a file still to receive or decide on, oldest first. */
    public List<Batch> open() {
        return all().stream().filter(batch -> batch.waiting() > 0).toList();
    }

    /** One batch by its number (from the sheet in the clerk's hand). */
    public Batch batch(String number) {
        return all().stream().filter(batch -> batch.number().equals(number.strip())).findFirst()
                .orElseThrow(() -> new Problem.NotFound("本机没有交接单 " + number + " 的代办件；如代办点已同步，请先同步后再试"));
    }

    private List<Batch> all() {
        Map<String, List<CaseEvent>> byBatch = new LinkedHashMap<>();
        for (CaseEvent event : events.ofTypeSince(EventType.HANDED_OVER, Instant.EPOCH)) {
            byBatch.computeIfAbsent(((EventPayload.HandedOver) event.payload()).batchNumber(), b -> new ArrayList<>()).add(event);
        }
        List<Batch> batches = new ArrayList<>();
        byBatch.forEach((number, handed) -> {
            List<Item> items = new ArrayList<>();
            String site = "";
            for (CaseEvent event : handed) {
                CaseState state = desk.state(event.caseId());
                site = state.custody() == null ? site : state.custody().site();
                items.add(new Item(state, ((EventPayload.HandedOver) event.payload()).papers(), event.actor(),
                        event.recordedAt()));
            }
            batches.add(new Batch(number, site, items));
        });
        return batches;
    }

    /** 接收: the file arrived with {@code papers} paper materials; a discrepancy is written down, not silently passed. */
    public CaseState receive(User clerk, UUID caseId, String batch, int papers, String discrepancy) {
        CaseState after = desk.record(clerk, caseId, new EventPayload.HandoverReceived(batch, papers, discrepancy));
        changes.caseSaved(after);
        return after;
    }

    /** 退回: the file cannot be taken (missing, or its papers do not match); it goes back to the site with the reason. */
    public CaseState returnToSite(User clerk, UUID caseId, String batch, int papers, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Problem.InvalidInput("退回代办点须写明差异");
        }
        CaseState after = desk.record(clerk, caseId, new EventPayload.HandoverReturned(batch, papers, reason.strip()));
        changes.caseSaved(after);
        return after;
    }

    /** The intake as the hall checked it: the agent's findings replaced by the clerk's. */
    public static Intake checked(CaseState state, List<MaterialCheck> findings) {
        Map<String, MaterialCheck> merged = new LinkedHashMap<>();
        state.intake().materials().forEach(m -> merged.put(m.materialCode(), m));
        state.supplements().forEach(m -> merged.put(m.materialCode(), m));
        findings.forEach(m -> merged.put(m.materialCode(), m));
        Intake i = state.intake();
        return new Intake(i.catalogVersion(), i.itemCodes(), i.bundleCode(), i.situationCodes(), i.applicant(), i.agent(),
                List.copyOf(merged.values()));
    }

    /** What the policy decides on the file with the clerk's findings: what the hall screen shows live. */
    public AcceptanceDecision preview(User clerk, UUID caseId, List<MaterialCheck> findings) {
        return decisions.decide(checked(desk.state(caseId), findings), clerk.userId());
    }

    /**
     * The hall's decision on a received file — 受理, 容缺受理, 告知承诺 or 一次性告知 — recorded on the file's own case
     * in the clerk's name; the time limits start now. A refusal needs a supervisor, at the window as anywhere.
     */
    public CaseState decide(User clerk, UUID caseId, List<MaterialCheck> findings, DecisionKind confirmed) {
        if (confirmed == DecisionKind.REFUSE) {
            throw new Problem.NotPermitted("不予受理须由窗口负责人确认，请在案件详情中办理");
        }
        Optional<String> notHers = SiteMandate.decisionRefusal(clerk.role(), Optional.empty(), List.of());
        if (notHers.isPresent()) {
            throw new Problem.NotPermitted(notHers.get());
        }
        CaseState before = desk.state(caseId);
        if (!before.proxyUndecided() || before.custody().stage() != Custody.Stage.AT_HALL) {
            throw new Problem.RuleBroken("编号 " + before.caseNumber() + " 不是大厅已接收、待受理的代办件");
        }
        Intake intake = checked(before, findings);
        AcceptanceDecision decision = decisions.decide(intake, clerk.userId());
        if (decision.kind() != confirmed) {
            throw new Problem.RuleBroken("按登记的材料情况应作出“" + decision.kind().label() + "”，与确认的“"
                    + confirmed.label() + "”不一致：" + String.join("；", decision.explanation()));
        }
        boolean[] done = {false};
        CaseState after = desk.append(clerk, caseId, current -> {
            if (done[0]) {
                return null;
            }
            done[0] = true;
            return openings.of(current.caseNumber(), intake, decision, clerk.userId(), "");
        });
        changes.caseSaved(after);
        return after;
    }

    /** When the hall decided on a proxy file, if it has: the time of its first decision. */
    public Optional<Instant> decidedAt(UUID caseId) {
        return events.eventsOf(caseId).stream()
                .filter(e -> e.payload() instanceof EventPayload.Opening opening && opening.decides())
                .map(CaseEvent::recordedAt).findFirst();
    }
}
