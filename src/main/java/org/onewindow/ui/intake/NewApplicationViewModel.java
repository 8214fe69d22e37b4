package org.onewindow.ui.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;

/**
 * The new-application flow (新申请): choose → applicant → checklist → confirm. Going on checks the
 * step and hands what it captured to the next; going back keeps everything. The flow ends when the
 * confirm step has saved the case, which the screen then hands to the document step.
 */
public final class NewApplicationViewModel {

    private final Catalog catalog;
    private final ItemChoiceViewModel choice;
    private final ApplicantViewModel applicant;
    private final ChecklistViewModel checklist;
    private final ConfirmViewModel confirm;
    private final Localization text;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper focusRequest = new ReadOnlyStringWrapper(this, "focusRequest", "");
    private Selection selection;

    public NewApplicationViewModel(Catalog catalog, ItemChoiceViewModel choice, ApplicantViewModel applicant,
                                   ChecklistViewModel checklist, ConfirmViewModel confirm, Localization text) {
        this.catalog = catalog;
        this.choice = choice;
        this.applicant = applicant;
        this.checklist = checklist;
        this.confirm = confirm;
        this.text = text;
    }

    /** Enter: checks the current step and goes on; on the last step it records the decision. */
    public void next() {
        message.set("");
        switch (step.get()) {
            case CHOOSE -> {
                if (choice.chosen().isEmpty()) {
                    message.set(text.get("intake.flow.chooseFirst"));
                    return;
                }
                applicant.useItems(choice.chosenItems());
                step.set(Step.APPLICANT);
            }
            case APPLICANT -> {
                if (!applicant.attemptAdvance()) {
                    message.set(text.get("intake.flow.fixApplicant"));
                    return;
                }
                try {
                    Set<String> situations = new LinkedHashSet<>(applicant.selectedSituationCodes());
                    selection = choice.chosenBundle()
                            .map(bundle -> Selection.of(choice.chosenItems(), bundle, applicant.typeProperty().get(), situations))
                            .orElseGet(() -> new Selection(choice.chosenItems(), "", applicant.typeProperty().get(), situations));
                } catch (IllegalArgumentException e) {
                    // e.g. an item that does not take applications from companies: the catalog says why
                    message.set(e.getMessage());
                    return;
                }
                checklist.use(selection, choice.chosenBundle().map(Bundle::name).orElse(""));
                confirm.lookForEarlierCases(applicant.applicant(), selection.itemCodes());
                step.set(Step.CHECKLIST);
            }
            case CHECKLIST -> {
                Optional<MaterialLineViewModel> unnoted = checklist.defectiveWithoutNote();
                if (unnoted.isPresent()) {
                    // the defect is what the notice tells the applicant: the clerk writes it before going on
                    message.set(text.get("intake.flow.noteTheDefect", unnoted.get().name()));
                    focusRequest.set("");
                    focusRequest.set("problem-" + unnoted.get().requirement().code());
                    return;
                }
                AcceptanceDecision decided = checklist.decisionProperty().get();
                if (decided == null) {
                    message.set(checklist.promisedDateProperty().get());
                    return;
                }
                confirm.use(summary(), checklist.context(), decided, this::intake);
                step.set(Step.CONFIRM);
            }
            case CONFIRM -> confirm.confirm();
        }
    }

    /** Esc: the step before; false on the first step, where Esc leaves the flow. */
    public boolean back() {
        if (step.get() == Step.CHOOSE || confirm.busyProperty().get() || confirm.savedProperty().get() != null) {
            return false;
        }
        message.set("");
        step.set(step.get().previous());
        return true;
    }

    /** Something was chosen or typed and the case is not saved yet: leaving would lose it. */
    public boolean holdsDraft() {
        return confirm.savedProperty().get() == null
                && (!choice.chosen().isEmpty() || step.get() != Step.CHOOSE || !applicant.nameProperty().get().isBlank());
    }

    /** What is taken in, under the catalog version in force. */
    Intake intake() {
        Applicant who = applicant.applicant();
        Agent agent = applicant.agent();
        return new Intake(catalog.version(), selection.itemCodes(), selection.bundleCode(),
                List.copyOf(selection.situationCodes()), who, agent, checklist.checks());
    }

    private List<String> summary() {
        List<String> lines = new ArrayList<>();
        choice.chosenBundle().ifPresent(bundle -> lines.add(text.get("intake.summary.bundle", bundle.name())));
        lines.add(text.get("intake.summary.items", String.join(text.get("timeline.separator"), selection.items().stream().map(ServiceItem::name).toList())));
        Applicant who = applicant.applicant();
        // In full here: the clerk compares it with the document in hand before confirming.
        Labels labels = new Labels(text);
        lines.add(text.get("intake.summary.applicant", labels.of(who.type()), who.name(), labels.of(who.idKind()),
                who.identifier().text()));
        if (!who.legalRepresentative().isEmpty()) {
            lines.add(text.get("intake.summary.legalRepresentative", who.legalRepresentative()));
        }
        Agent agent = applicant.agent();
        if (agent != null) {
            lines.add(text.get("intake.summary.agent", agent.name(), labels.of(agent.idKind()), agent.identifier().text()));
        }
        if (!applicant.situations().isEmpty()) {
            List<String> situations = applicant.situations().stream().filter(s -> s.selectedProperty().get())
                    .map(ApplicantViewModel.SituationChoice::name).toList();
            lines.add(text.get("intake.summary.situations", situations.isEmpty() ? text.get("intake.summary.none") : String.join(text.get("timeline.separator"), situations)));
        }
        lines.add(checklist.promisedDateProperty().get());
        BigDecimal fee = selection.fee();
        lines.add(fee.signum() == 0 ? text.get("intake.summary.free") : text.get("intake.summary.fee", fee.toPlainString()));
        lines.add(checklist.firstClerkLine());
        return lines;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The id of a field the clerk must fill before going on (the note of a defective material); the view focuses it. */
    public ReadOnlyStringProperty focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    public ItemChoiceViewModel choice() {
        return choice;
    }

    public ApplicantViewModel applicant() {
        return applicant;
    }

    public ChecklistViewModel checklist() {
        return checklist;
    }

    public ConfirmViewModel confirm() {
        return confirm;
    }
}
