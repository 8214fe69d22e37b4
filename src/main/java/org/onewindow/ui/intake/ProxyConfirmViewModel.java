package org.onewindow.ui.intake;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.ProxyIntake;
import org.onewindow.app.TakeApplication;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * The last step of an agent's intake (代办确认): what is taken in and how. Items all devolved to this township
 * centre are accepted here as at any window; anything else is a proxy file (代办件) — the screen says plainly that it
 * is not an acceptance, asks how the applicant authorised the agent (a 委托书 to print and sign, or consent on this
 * screen) and records the file with the decision the rules showed.
 */
public final class ProxyConfirmViewModel {

    private final ProxyIntake proxies;
    private final TakeApplication applications;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Localization text;
    private final User agent;
    private final Failures failures;

    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProxyIntake.Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", ProxyIntake.Mode.PROXY);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper consentStatement = new ReadOnlyStringWrapper(this, "consentStatement", "");
    private final ObjectProperty<Authorisation.Method> authorisation =
            new SimpleObjectProperty<>(this, "authorisation", Authorisation.Method.PRINTED_LETTER);
    private final BooleanProperty consentGiven = new SimpleBooleanProperty(this, "consentGiven");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<CaseState> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private AcceptanceDecision decision;
    private Supplier<Intake> intake;

    public ProxyConfirmViewModel(ProxyIntake proxies, TakeApplication applications, DialogService dialogs,
                                 TaskExecutor tasks, Localization text, User agent) {
        this.proxies = proxies;
        this.applications = applications;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.text = text;
        this.agent = agent;
        this.failures = new Failures(text);
    }

    /** What is about to be recorded, the rules' decision on the materials and whether the site decides it itself. */
    public void use(List<String> summaryLines, AcceptanceDecision decided, ProxyIntake.Mode how, String applicantName,
                    String handOverBy, Supplier<Intake> taken) {
        summary.setAll(summaryLines);
        decision = decided;
        intake = taken;
        mode.set(how);
        explanation.setAll(how == ProxyIntake.Mode.ACCEPT_HERE ? decided.explanation() : decided.explanation().stream()
                .map(line -> AcceptanceDecision.namesFirstClerk(line)
                        ? text.get("agent.confirm.agentLine", agent.displayName(), agent.userId()) : line).toList());
        verdict.set(how == ProxyIntake.Mode.ACCEPT_HERE
                ? text.get("agent.confirm.acceptHere", new Labels(text).of(decided.kind()))
                : text.get("agent.confirm.proxy", new Labels(text).of(decided.kind()), handOverBy));
        consentStatement.set(text.get("agent.confirm.consentStatement", applicantName, agent.displayName()));
        problem.set("");
    }

    public void confirm() {
        if (busy.get() || saved.get() != null || decision == null) {
            return;
        }
        if (decision.kind() == DecisionKind.REFUSE) {
            problem.set(text.get("agent.confirm.noRefusal"));
            return;
        }
        if (!decision.checklistComplete() && decision.kind() == DecisionKind.NOTIFY_DEFICIENCIES) {
            problem.set(text.get("intake.confirm.uncheckedMaterials"));
            return;
        }
        Intake taken = intake.get();
        if (mode.get() == ProxyIntake.Mode.ACCEPT_HERE) {
            save(() -> applications.take(agent, taken, decision.kind()));
            return;
        }
        if (authorisation.get() == Authorisation.Method.ON_SCREEN_CONSENT && !consentGiven.get()) {
            problem.set(text.get("agent.confirm.consentNeeded"));
            return;
        }
        Authorisation given = new Authorisation(authorisation.get(),
                authorisation.get() == Authorisation.Method.ON_SCREEN_CONSENT ? consentStatement.get() : "");
        DecisionKind expected = decision.kind();
        save(() -> proxies.take(agent, taken, given, expected));
    }

    private void save(Callable<CaseState> work) {
        busy.set(true);
        problem.set("");
        progress.set(text.get("intake.confirm.saving"));
        tasks.execute(work, state -> {
            busy.set(false);
            progress.set(text.get("agent.confirm.saved", state.caseNumber()));
            saved.set(state);
        }, failure -> {
            busy.set(false);
            progress.set("");
            String shown = failures.describe(failure);
            problem.set(shown);
            dialogs.showError(text.get("intake.confirm.failedTitle"), shown);
        });
    }

    public ObservableList<String> summary() {
        return summary;
    }

    public ObservableList<String> explanation() {
        return explanation;
    }

    public ReadOnlyObjectProperty<ProxyIntake.Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty consentStatementProperty() {
        return consentStatement.getReadOnlyProperty();
    }

    public ObjectProperty<Authorisation.Method> authorisationProperty() {
        return authorisation;
    }

    public BooleanProperty consentGivenProperty() {
        return consentGiven;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseState> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
