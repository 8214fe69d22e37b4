package org.onewindow.ui.supplement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.onewindow.app.SupplementCase;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * 补齐补正 at any window: finds the case (here, or fetched from the centre by number), lists what it
 * still owes, and records what the applicant brought through the {@link SupplementCase} use case, which
 * also accepts a notified case (一次性告知) once nothing is owed, under its original case number.
 */
public final class SupplementViewModel {

    private final SupplementCase supplements;
    private final TaskExecutor tasks;
    private final Localization text;
    private final Failures failures;
    private final User clerk;

    private final ObservableList<OwedLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CaseState> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<CaseState> accepted = new ReadOnlyObjectWrapper<>(this, "accepted");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public SupplementViewModel(SupplementCase supplements, TaskExecutor tasks, Localization text, User clerk) {
        this.supplements = supplements;
        this.tasks = tasks;
        this.text = text;
        this.failures = new Failures(text);
        this.clerk = clerk;
    }

    /** Opens a case already known here (from its detail screen). */
    public void open(UUID caseId) {
        forget();
        run(() -> supplements.open(caseId), this::show);
    }

    /**
     * Finds a case by the number the applicant shows. A case received at another window and not yet
     * pulled is fetched from the centre when this window is enrolled.
     */
    public void find(String typed) {
        forget();
        run(() -> supplements.find(typed == null ? "" : typed.strip()), this::show);
    }

    /** Drops the case shown so far: a failed search must not leave the previous case open for recording. */
    private void forget() {
        current.set(null);
        lines.clear();
        heading.set("");
    }

    /** A case just found: what it owes, or why there is nothing to take in. */
    private void show(CaseState state) {
        if (!state.opened()) {
            problem.set(text.get("supplement.noCase"));
            return;
        }
        display(state);
        if (state.status().closed()) {
            problem.set(text.get("supplement.closed", new Labels(text).of(state.status())));
        } else if (lines.isEmpty() && !SupplementCase.awaitingDecision(state)) {
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
                new Labels(text).of(state.status())));
    }

    /**
     * 记录补正: records what arrived and, for a notified case with nothing left open, lets the use case
     * decide again and accept it — one transaction.
     */
    public void record(String note) {
        CaseState state = current.get();
        if (state == null) {
            problem.set(text.get("supplement.noCase"));
            return;
        }
        List<MaterialCheck> brought = lines.stream().filter(OwedLine::arrived).map(OwedLine::check).toList();
        if (brought.isEmpty() && !SupplementCase.awaitingDecision(state)) {
            problem.set(text.get("supplement.nothingBrought"));
            return;
        }
        run(() -> supplements.record(clerk, state.caseId(), brought, note), this::recorded);
    }

    private void recorded(SupplementCase.Outcome done) {
        display(done.state());
        if (done instanceof SupplementCase.Outcome.Accepted) {
            outcome.set(text.get("supplement.accepted", done.state().caseNumber()));
            accepted.set(done.state());
        } else if (done instanceof SupplementCase.Outcome.NotAccepted notAccepted) {
            outcome.set(text.get("supplement.recorded", done.recorded()));
            problem.set(text.get("supplement.notAccepted", String.join(text.get("list.sentences"), notAccepted.reasons())));
        } else {
            outcome.set(lines.isEmpty() ? text.get("supplement.complete", done.recorded())
                    : text.get("supplement.stillOwed", done.recorded(), lines.size()));
        }
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
            problem.set(failures.describe(failure));
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
