package org.onewindow.ui.intake;

import java.util.function.Consumer;
import org.onewindow.app.Workstation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.intake.AcceptancePolicy;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Navigator;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.documents.DocumentStepView;
import org.onewindow.ui.documents.DocumentStepViewModel;
import org.slf4j.LoggerFactory;

/**
 * Makes the new-application flow for the composition root (and for the tests that drive it): one
 * fresh flow per application, every dependency real, on the workstation's use cases.
 */
public final class IntakeScreens {

    private final Workstation workstation;
    private final AcceptancePolicy policy = new AcceptancePolicy();
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ViewLoader loader;

    public IntakeScreens(Workstation workstation, DialogService dialogs, TaskExecutor tasks, ViewLoader loader) {
        this.workstation = workstation;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.loader = loader;
    }

    /** The flow's view-model for a clerk, without any view: what the view-model tests drive. */
    public NewApplicationViewModel newApplicationViewModel(User clerk) {
        Localization text = loader.localization();
        ItemChoiceViewModel choice = new ItemChoiceViewModel(workstation.catalog(), workstation.search(), text);
        // what this window takes most is read off the window's thread; until then the catalog's order stands
        tasks.execute(() -> workstation.cases().mostTakenItems(9), choice::useFrequent,
                error -> LoggerFactory.getLogger(IntakeScreens.class).warn("the items taken most could not be read", error));
        return new NewApplicationViewModel(workstation.catalog(),
                choice,
                new ApplicantViewModel(text, workstation.clock()),
                new ChecklistViewModel(workstation.catalog(), policy, workstation.takeApplication(), text, clerk),
                new ConfirmViewModel(workstation.takeApplication(), policy, dialogs, tasks, text, clerk,
                        workstation.clock()),
                text);
    }

    /**
     * A new application taken by {@code clerk}, who is recorded as first responsible (首问负责).
     *
     * @param onSaved receives the saved case, to hand it to the document step
     */
    public NewApplicationView newApplication(User clerk, Consumer<CaseState> onSaved) {
        return new NewApplicationView(newApplicationViewModel(clerk), loader, onSaved);
    }

    /** The document step for a case {@code clerk} saved; {@code nextApplication} runs when the clerk moves on. */
    public DocumentStepView documentStep(CaseState saved, User clerk, Runnable nextApplication) {
        return new DocumentStepView(new DocumentStepViewModel(saved, workstation.catalog(), workstation.documents(),
                tasks, loader.localization(), clerk), loader, nextApplication);
    }

    /**
     * Opens a new application (F2) on the window's navigator: Esc on its first step comes back; once
     * saved, the document step takes its place, and from there the next application starts afresh.
     */
    public void open(Navigator navigator, User clerk) {
        navigator.open(flow(navigator, clerk));
    }

    private NewApplicationView flow(Navigator navigator, User clerk) {
        return newApplication(clerk, saved -> navigator.replace(documentStep(saved, clerk,
                () -> navigator.replace(flow(navigator, clerk)))));
    }
}
