package org.onewindow.ui.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.AfterAcceptanceSteps;
import org.onewindow.app.Credentials;
import org.onewindow.app.IntakeWarning;
import org.onewindow.app.TakeApplication;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.AfterAcceptance;
import org.onewindow.domain.caselog.AfterAcceptanceRules;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.AcceptanceContext;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.AcceptancePolicy;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.RefusalGround;
import org.onewindow.domain.intake.RefusalProposal;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * Step 4, confirm (确认受理): the summary, and recording the decision through the store. A refusal
 * (不予受理) is only a clerk's proposal until a supervisor present signs in on the spot (窗口无否决权);
 * the store checks their password and role, and a clerk's credentials are refused with its message.
 * The signed-in clerk is recorded as first responsible (首问负责). With an acceptance the clerk may record, in the
 * same transaction (decision record 0033), that the result is to be mailed (邮寄送达: recipient, phone, address) and
 * that the materials came by post (材料邮寄收件: courier, waybill, the day they arrived); by default the result is
 * collected at the window and the materials were handed in person.
 */
public final class ConfirmViewModel {

    private final TakeApplication applications;
    private final AcceptancePolicy policy;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Localization text;
    private final User clerk;
    private final Failures failures;
    private final Labels labels;
    private final Dates dates;

    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final BooleanProperty refusing = new SimpleBooleanProperty(this, "refusing");
    private final ObjectProperty<RefusalGround> refusalGround = new SimpleObjectProperty<>(this, "refusalGround", RefusalGround.NOT_THIS_AUTHORITY);
    private final StringProperty refusalReason = new SimpleStringProperty(this, "refusalReason", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<CaseState> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyStringWrapper warningText = new ReadOnlyStringWrapper(this, "warningText", "");
    private final BooleanProperty mailResult = new SimpleBooleanProperty(this, "mailResult");
    private final StringProperty mailRecipient = new SimpleStringProperty(this, "mailRecipient", "");
    private final StringProperty mailPhone = new SimpleStringProperty(this, "mailPhone", "");
    private final StringProperty mailAddress = new SimpleStringProperty(this, "mailAddress", "");
    private final BooleanProperty postalIntake = new SimpleBooleanProperty(this, "postalIntake");
    private final StringProperty postalCourier = new SimpleStringProperty(this, "postalCourier", "");
    private final StringProperty postalWaybill = new SimpleStringProperty(this, "postalWaybill", "");
    private final ObjectProperty<LocalDate> postalArrivedOn = new SimpleObjectProperty<>(this, "postalArrivedOn");
    private List<String> prefilled = List.of();
    private List<String> warnings = List.of();
    private Supplier<Intake> intake;
    private AcceptanceContext context;
    private AcceptanceDecision materialsDecision;

    public ConfirmViewModel(TakeApplication applications, AcceptancePolicy policy, DialogService dialogs,
                            TaskExecutor tasks, Localization text, User clerk, Clock clock) {
        this.applications = applications;
        this.failures = new Failures(text);
        this.labels = new Labels(text);
        this.dates = new Dates(text);
        this.policy = policy;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.text = text;
        this.clerk = clerk;
        refusing.addListener(changed -> refresh());
        refusalGround.addListener(changed -> refresh());
        refusalReason.addListener(changed -> refresh());
        // the post arrived today unless the clerk says otherwise
        postalIntake.addListener((o, before, now) -> {
            if (now && postalArrivedOn.get() == null) {
                postalArrivedOn.set(LocalDate.ofInstant(clock.instant(), CaseFold.ZONE));
            }
        });
    }

    /** What is about to be recorded: the summary lines, the policy's context and its decision on the materials. */
    public void use(List<String> summaryLines, AcceptanceContext materials, AcceptanceDecision decision, Supplier<Intake> taken) {
        summary.setAll(summaryLines);
        this.context = materials;
        this.materialsDecision = decision;
        this.intake = taken;
        problem.set("");
        // the address is the applicant's until the clerk writes another
        Applicant applicant = taken.get().applicant();
        List<String> typed = List.of(mailRecipient.get(), mailPhone.get(), mailAddress.get());
        if (typed.equals(prefilled) || typed.stream().allMatch(String::isBlank)) {
            prefilled = List.of(applicant.name(), applicant.phone(), applicant.address());
            mailRecipient.set(applicant.name());
            mailPhone.set(applicant.phone());
            mailAddress.set(applicant.address());
        }
        refresh();
    }

    /**
     * The steps to record with the acceptance, as the clerk chose them: the postal intake, then the mail address;
     * each checked by the domain's rules (0033), the first problem thrown as the clerk should read it.
     */
    List<EventPayload> withIt(Applicant applicant) {
        List<EventPayload> steps = new ArrayList<>();
        if (postalIntake.get()) {
            AfterAcceptance.PostalIntakeRecorded parcel = new AfterAcceptance.PostalIntakeRecorded(
                    postalCourier.get().strip(), postalWaybill.get().strip(), postalArrivedOn.get(), applicant.name());
            AfterAcceptanceRules.payloadProblem(parcel).ifPresent(wrong -> {
                throw new Problem.InvalidInput(wrong);
            });
            steps.add(parcel);
        }
        if (mailResult.get()) {
            steps.add(AfterAcceptanceSteps.mailChoice(mailRecipient.get(), mailPhone.get(), mailAddress.get()));
        }
        return steps;
    }

    private void refresh() {
        Optional<AcceptanceDecision> current = decision();
        verdict.set(current.map(d -> text.get("intake.confirm.verdict", labels.of(d.kind())))
                .orElse(text.get("intake.confirm.reasonNeeded")));
        explanation.setAll(FirstClerk.named(current.map(AcceptanceDecision::explanation).orElse(List.of()),
                FirstClerk.line(text, clerk)));
    }

    /** The decision that confirming will record: the refusal proposal when refusing, else the materials' decision. */
    public Optional<AcceptanceDecision> decision() {
        if (context == null) {
            return Optional.empty();
        }
        if (!refusing.get()) {
            return Optional.of(materialsDecision);
        }
        if (refusalReason.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(policy.proposeRefusal(context, new RefusalProposal(refusalGround.get(), refusalReason.get())));
    }

    /**
     * Looks, in the background, for what the clerk should know about this applicant before recording: an open case of
     * the same item, the ID number under another name. Shown until the case is saved; going on needs a reason.
     */
    public void lookForEarlierCases(Applicant applicant, List<String> itemCodes) {
        warnings = List.of();
        warningText.set("");
        tasks.execute(() -> applications.warnings(applicant, itemCodes), found -> {
            warnings = found.stream().map(this::describe).toList();
            warningText.set(String.join("\n", warnings));
        }, failure -> warningText.set(failures.describe(failure)));
    }

    private String describe(IntakeWarning warning) {
        return switch (warning.kind()) {
            case SAME_APPLICANT_AND_ITEM_OPEN -> text.get("intake.warning.sameItemOpen", warning.caseNumber(),
                    dates.day(warning.receivedOn()), warning.items());
            case ID_WITH_ANOTHER_NAME -> text.get("intake.warning.otherName", warning.otherName(), warning.caseNumber(),
                    dates.day(warning.receivedOn()));
        };
    }

    /** Records the decision. A refusal first asks a supervisor to sign in; cancelling leaves everything as it was. */
    public void confirm() {
        if (busy.get() || saved.get() != null) {
            return;
        }
        Optional<AcceptanceDecision> chosen = decision();
        if (chosen.isEmpty()) {
            problem.set(text.get("intake.confirm.reasonNeeded"));
            return;
        }
        AcceptanceDecision decided = chosen.get();
        if (!decided.checklistComplete() && decided.kind() == DecisionKind.NOTIFY_DEFICIENCIES) {
            problem.set(text.get("intake.confirm.uncheckedMaterials"));
            return;
        }
        Intake taken = intake.get();
        if (decided.kind() == DecisionKind.REFUSE) {
            Optional<Credentials> supervisor = dialogs.askCredentials(text.get("intake.refuse.title"),
                    text.get("intake.refuse.askSupervisor"));
            if (supervisor.isEmpty()) {
                problem.set(text.get("intake.refuse.cancelled"));
                return;
            }
            save(() -> applications.refuse(clerk, taken, decided.refusal(), supervisor.get()));
        } else {
            List<EventPayload> withIt;
            try {
                withIt = withIt(taken.applicant());
            } catch (Problem wrong) {
                problem.set(failures.describe(wrong));
                return;
            }
            String reason = "";
            if (!warnings.isEmpty()) {
                Optional<String> given = dialogs.askReason(text.get("intake.warning.title"),
                        text.get("intake.warning.askReason", String.join("\n", warnings)));
                if (given.isEmpty()) {
                    problem.set(text.get("intake.warning.notGoneOn"));
                    return;
                }
                reason = given.get();
            }
            String because = reason;
            save(() -> applications.take(clerk, taken, decided.kind(), because, withIt));
        }
    }

    private void save(Callable<CaseState> work) {
        busy.set(true);
        problem.set("");
        progress.set(text.get("intake.confirm.saving"));
        tasks.execute(work, state -> {
            busy.set(false);
            progress.set(text.get("intake.confirm.saved", state.caseNumber()));
            saved.set(state);
        }, failure -> {
            busy.set(false);
            progress.set("");
            String shown = failures.describe(failure);
            problem.set(shown);
            dialogs.showError(text.get("intake.confirm.failedTitle"), shown);
        });
    }

    /** What the clerk should know about this applicant's earlier cases, one warning a line; empty when nothing. */
    public ReadOnlyStringProperty warningTextProperty() {
        return warningText.getReadOnlyProperty();
    }

    /** 邮寄送达: the result is to be mailed to the address below; unticked, it is collected at the window. */
    public BooleanProperty mailResultProperty() {
        return mailResult;
    }

    public StringProperty mailRecipientProperty() {
        return mailRecipient;
    }

    public StringProperty mailPhoneProperty() {
        return mailPhone;
    }

    public StringProperty mailAddressProperty() {
        return mailAddress;
    }

    /** 材料邮寄收件: the materials came by post, without the applicant present; unticked, handed in person. */
    public BooleanProperty postalIntakeProperty() {
        return postalIntake;
    }

    public StringProperty postalCourierProperty() {
        return postalCourier;
    }

    public StringProperty postalWaybillProperty() {
        return postalWaybill;
    }

    public ObjectProperty<LocalDate> postalArrivedOnProperty() {
        return postalArrivedOn;
    }

    /** The refusal grounds of 行政许可法 §32 the clerk can propose. */
    public List<RefusalGround> refusalGrounds() {
        return List.of(RefusalGround.values());
    }

    public ObservableList<String> summary() {
        return summary;
    }

    public ObservableList<String> explanation() {
        return explanation;
    }

    public BooleanProperty refusingProperty() {
        return refusing;
    }

    public ObjectProperty<RefusalGround> refusalGroundProperty() {
        return refusalGround;
    }

    public StringProperty refusalReasonProperty() {
        return refusalReason;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** What stops the decision from being recorded, for the clerk to fix; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Saving and saved, as it happens. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The saved case, once the store has committed it. */
    public ReadOnlyObjectProperty<CaseState> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
