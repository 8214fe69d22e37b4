package org.onewindow.ui.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.onewindow.app.ProxyIntake;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;

/**
 * An agent's intake at a site (代办收件): the same steps and the same live decision as at the window — choose (only
 * what the site may take), applicant, checklist — then the agent's own last step, which takes the application as a
 * proxy file for the hall, or accepts it here when every item is devolved to this township centre.
 */
public final class ProxyIntakeViewModel {

    private final String catalogVersion;
    private final ItemChoiceViewModel choice;
    private final ApplicantViewModel applicant;
    private final ChecklistViewModel checklist;
    private final ProxyConfirmViewModel confirm;
    private final Supplier<String> handOverBy;
    private final Localization text;
    private final java.util.function.Function<List<String>, ProxyIntake.Mode> modeFor;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Selection selection;

    /**
     * @param modeFor    whether the site accepts these items itself (all devolved) or takes them as a proxy file
     * @param handOverBy the day a file taken now reaches the hall, as the receipt will say
     */
    public ProxyIntakeViewModel(String catalogVersion, ItemChoiceViewModel choice, ApplicantViewModel applicant,
                                ChecklistViewModel checklist, ProxyConfirmViewModel confirm,
                                java.util.function.Function<List<String>, ProxyIntake.Mode> modeFor,
                                Supplier<String> handOverBy, Localization text) {
        this.catalogVersion = catalogVersion;
        this.choice = choice;
        this.applicant = applicant;
        this.checklist = checklist;
        this.confirm = confirm;
        this.modeFor = modeFor;
        this.handOverBy = handOverBy;
        this.text = text;
    }

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
                    selection = new Selection(choice.chosenItems(), choice.chosenBundle().map(Bundle::code).orElse(""),
                            applicant.typeProperty().get(), new LinkedHashSet<>(applicant.selectedSituationCodes()));
                } catch (IllegalArgumentException e) {
                    message.set(e.getMessage());
                    return;
                }
                checklist.use(selection, choice.chosenBundle().map(Bundle::name).orElse(""));
                step.set(Step.CHECKLIST);
            }
            case CHECKLIST -> {
                AcceptanceDecision decided = checklist.decisionProperty().get();
                if (decided == null) {
                    message.set(checklist.promisedDateProperty().get());
                    return;
                }
                ProxyIntake.Mode mode = modeFor.apply(selection.itemCodes());
                confirm.use(summary(mode), decided, mode, applicant.applicant().name(),
                        mode == ProxyIntake.Mode.PROXY ? handOverBy.get() : "", this::intake);
                step.set(Step.CONFIRM);
            }
            case CONFIRM -> confirm.confirm();
        }
    }

    public boolean back() {
        if (step.get() == Step.CHOOSE || confirm.busyProperty().get() || confirm.savedProperty().get() != null) {
            return false;
        }
        message.set("");
        step.set(step.get().previous());
        return true;
    }

    Intake intake() {
        Applicant who = applicant.applicant();
        Agent agent = applicant.agent();
        return new Intake(catalogVersion, selection.itemCodes(), selection.bundleCode(),
                List.copyOf(selection.situationCodes()), who, agent, checklist.checks());
    }

    private List<String> summary(ProxyIntake.Mode mode) {
        List<String> lines = new ArrayList<>();
        lines.add(text.get("intake.summary.items", String.join(text.get("timeline.separator"), selection.items().stream().map(ServiceItem::name).toList())));
        Applicant who = applicant.applicant();
        Labels labels = new Labels(text);
        lines.add(text.get("intake.summary.applicant", labels.of(who.type()), who.name(), labels.of(who.idKind()),
                who.identifier().text()));
        if (mode == ProxyIntake.Mode.ACCEPT_HERE) {
            lines.add(checklist.promisedDateProperty().get());
        } else {
            lines.add(text.get("agent.summary.noLimitYet"));
        }
        return lines;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
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

    public ProxyConfirmViewModel confirm() {
        return confirm;
    }
}
