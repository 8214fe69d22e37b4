package org.onewindow.ui.supplement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialLine;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.AcceptanceContext;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.AcceptancePolicy;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.store.CaseRow;
import org.onewindow.store.ClientStore;
import org.onewindow.store.User;
import org.onewindow.sync.CentralRefusedException;
import org.onewindow.sync.CentralUnreachableException;
import org.onewindow.sync.SyncService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * 补齐补正 at any window: finds the case (here, or fetched from the centre by number), lists what it
 * still owes, and records what the applicant brought. A notified case (一次性告知) whose every
 * deficiency is now met is decided again by the acceptance policy and, if that accepts, accepted
 * under its original case number.
 */
public final class SupplementViewModel {

    private final ClientStore store;
    private final Catalog catalog;
    private final AcceptancePolicy policy;
    private final Clock clock;
    private final Optional<SyncService> sync;
    private final TaskExecutor tasks;
    private final Localization text;
    private final User clerk;

    private final ObservableList<OwedLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CaseState> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<CaseState> accepted = new ReadOnlyObjectWrapper<>(this, "accepted");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public SupplementViewModel(ClientStore store, Catalog catalog, AcceptancePolicy policy, Clock clock,
                               Optional<SyncService> sync, TaskExecutor tasks, Localization text, User clerk) {
        this.store = store;
        this.catalog = catalog;
        this.policy = policy;
        this.clock = clock;
        this.sync = sync;
        this.tasks = tasks;
        this.text = text;
        this.clerk = clerk;
    }

    /** Whether the case owes anything this screen can take in: the case detail offers it only then. */
    public static boolean owesMaterials(CaseState state) {
        return state.opened() && !state.status().closed()
                && (!state.openDeficiencies().isEmpty() || !state.outstandingMaterials().isEmpty()
                    || awaitingDecision(state));
    }

    /** Opens a case already known here (from its detail screen). */
    public void open(UUID caseId) {
        forget();
        run(() -> store.desk().state(caseId), this::show);
    }

    /**
     * Finds a case by the number the applicant shows. A case received at another window and not yet
     * pulled is fetched from the centre when this window is enrolled.
     */
    public void find(String typed) {
        forget();
        run(() -> store.desk().state(locate(typed == null ? "" : typed.strip()).caseId()), this::show);
    }

    /** Drops the case shown so far: a failed search must not leave the previous case open for recording. */
    private void forget() {
        current.set(null);
        lines.clear();
        heading.set("");
    }

    private CaseRow locate(String typed) {
        String number = CaseNumber.parse(typed).text();
        Optional<CaseRow> row = store.cases().byCaseNumber(number);
        if (row.isEmpty() && sync.isPresent()) {
            try {
                sync.get().fetchCase(number);
            } catch (CentralUnreachableException | CentralRefusedException e) {
                throw new IllegalStateException(text.get("supplement.notFetched", number, e.getMessage()), e);
            }
            row = store.cases().byCaseNumber(number);
        }
        return row.orElseThrow(() -> new IllegalArgumentException(text.get("supplement.notFound", number)));
    }

    /** A case just found: what it owes, or why there is nothing to take in. */
    private void show(CaseState state) {
        if (!state.opened()) {
            problem.set(text.get("supplement.noCase"));
            return;
        }
        display(state);
        if (state.status().closed()) {
            problem.set(text.get("supplement.closed", state.status().label()));
        } else if (lines.isEmpty() && !awaitingDecision(state)) {
            problem.set(text.get("supplement.nothingOwed"));
        }
    }

    private void display(CaseState state) {
        current.set(state);
        accepted.set(null);
        List<OwedLine> owed = new ArrayList<>();
        if (state.status() == CaseStatus.AWAITING_SUPPLEMENT) {
            for (Deficiency d : state.openDeficiencies()) {
                owed.add(new OwedLine(d.materialCode(), d.materialName(), text.get("supplement.why.notice", d.problem(), d.remedy())));
            }
        } else if (!state.status().closed()) {
            for (MaterialCheck m : state.outstandingMaterials()) {
                LocalDate by = m.promisedBy() != null ? m.promisedBy() : state.toleranceDeadline();
                owed.add(new OwedLine(m.materialCode(), m.materialName(), text.get("supplement.why.tolerated", by)));
            }
        }
        lines.setAll(owed);
        heading.set(text.get("supplement.heading", state.caseNumber(), state.intake().applicant().name(),
                state.status().label()));
    }

    /**
     * 记录补正: records what arrived in one transaction; then, for a notified case with nothing left
     * open, lets the policy decide again on the intake with the new findings.
     */
    public void record(String note) {
        CaseState state = current.get();
        if (state == null) {
            problem.set(text.get("supplement.noCase"));
            return;
        }
        List<MaterialCheck> brought = lines.stream().filter(OwedLine::arrived).map(OwedLine::check).toList();
        if (brought.isEmpty() && !awaitingDecision(state)) {
            problem.set(text.get("supplement.nothingBrought"));
            return;
        }
        run(() -> recordAndDecide(state.caseId(), brought, note), this::recorded);
    }

    /** What one 记录补正 did: the case afterwards, and why it was not accepted when it could have been. */
    private record Recorded(CaseState state, int brought, boolean accepted, String notAccepted) {
    }

    private Recorded recordAndDecide(UUID caseId, List<MaterialCheck> brought, String note) {
        CaseState after = brought.isEmpty() ? store.desk().state(caseId)
                : store.desk().supplement(clerk, caseId, brought, note);
        if (!awaitingDecision(after)) {
            return new Recorded(after, brought.size(), false, "");
        }
        // the supplement is saved by now: a refusal to accept must not hide it, so it is reported, not thrown
        try {
            Intake updated = withSupplements(after);
            AcceptanceDecision decision = policy.decide(contextFor(after, updated));
            if (!decision.kind().accepts()) {
                return new Recorded(after, brought.size(), false, String.join("；", decision.explanation()));
            }
            return new Recorded(store.desk().acceptAfterSupplement(clerk, caseId, updated, decision.kind()),
                    brought.size(), true, "");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Recorded(after, brought.size(), false, e.getMessage());
        }
    }

    private void recorded(Recorded done) {
        display(done.state());
        if (done.accepted()) {
            outcome.set(text.get("supplement.accepted", done.state().caseNumber()));
            accepted.set(done.state());
        } else if (!done.notAccepted().isEmpty()) {
            outcome.set(text.get("supplement.recorded", done.brought()));
            problem.set(text.get("supplement.notAccepted", done.notAccepted()));
        } else {
            outcome.set(lines.isEmpty() ? text.get("supplement.complete", done.brought())
                    : text.get("supplement.stillOwed", done.brought(), lines.size()));
        }
    }

    /** A notified case with nothing left open: the window now owes the applicant a decision. */
    private static boolean awaitingDecision(CaseState state) {
        return state.status() == CaseStatus.AWAITING_SUPPLEMENT && state.openDeficiencies().isEmpty();
    }

    /** The intake's findings, each replaced by the latest supplement of the same material. */
    private static Intake withSupplements(CaseState state) {
        Map<String, MaterialCheck> findings = new LinkedHashMap<>();
        state.intake().materials().forEach(m -> findings.put(m.materialCode(), m));
        state.supplements().forEach(m -> findings.put(m.materialCode(), m));
        Intake i = state.intake();
        return new Intake(i.catalogVersion(), i.itemCodes(), i.bundleCode(), i.situationCodes(), i.applicant(), i.agent(),
                List.copyOf(findings.values()));
    }

    private AcceptanceContext contextFor(CaseState state, Intake intake) {
        Set<String> situations = Set.copyOf(intake.situationCodes());
        Selection selection = intake.bundleCode().isEmpty()
                ? Selection.ofItems(catalog, intake.itemCodes(), intake.applicant().type(), situations)
                : Selection.ofBundle(catalog, intake.bundleCode(), intake.applicant().type(), situations);
        List<MaterialRequirement> requirements = selection.materials().lines().stream()
                .map(MaterialLine::requirement).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
        String firstClerk = state.responsibleClerk().isBlank() ? clerk.userId() : state.responsibleClerk();
        return new AcceptanceContext(requirements, intake.materials(), today,
                store.desk().deadlinesFor(intake.itemCodes()).promisedDate(), firstClerk);
    }

    private <V> void run(Callable<V> work, Consumer<V> then) {
        problem.set("");
        outcome.set("");
        busy.set(true);
        tasks.execute(work, value -> {
            busy.set(false);
            then.accept(value);
        }, failure -> {
            busy.set(false);
            problem.set(failure.getMessage() == null || failure.getMessage().isBlank()
                    ? text.get("supplement.failed") : failure.getMessage());
        });
    }

    public ObservableList<OwedLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<CaseState> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Set when the case was accepted after its supplement: the receipt's document step follows. */
    public ReadOnlyObjectProperty<CaseState> acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
