package org.onewindow.ui.intake;

import java.time.Clock;
import java.util.function.Consumer;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ItemSearch;
import org.onewindow.domain.intake.AcceptancePolicy;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.User;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.ui.documents.CaseDocuments;
import org.onewindow.ui.documents.DocumentStepView;
import org.onewindow.ui.documents.DocumentStepViewModel;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Navigator;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.ViewLoader;

/**
 * Makes the new-application flow for the composition root (and for the tests that drive it): one
 * fresh flow per application, every dependency real. The catalog's search index is built once.
 */
public final class IntakeScreens {

    private final Catalog catalog;
    private final ItemSearch search;
    private final AcceptancePolicy policy = new AcceptancePolicy();
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final CaseDesk desk;
    private final CaseDocuments documents;
    private final DocumentPrinter printer;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ViewLoader loader;

    public IntakeScreens(Catalog catalog, WorkingCalendar calendar, Clock clock, CaseDesk desk, CaseDocuments documents,
                         DocumentPrinter printer, DialogService dialogs, TaskExecutor tasks, ViewLoader loader) {
        this.catalog = catalog;
        this.search = new ItemSearch(catalog);
        this.calendar = calendar;
        this.clock = clock;
        this.desk = desk;
        this.documents = documents;
        this.printer = printer;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.loader = loader;
    }

    /** The flow's view-model for a clerk, without any view: what the view-model tests drive. */
    public NewApplicationViewModel newApplicationViewModel(User clerk) {
        Localization text = loader.localization();
        return new NewApplicationViewModel(catalog,
                new ItemChoiceViewModel(catalog, search, text),
                new ApplicantViewModel(text, clock),
                new ChecklistViewModel(catalog, policy, calendar, clock, text, clerk.userId()),
                new ConfirmViewModel(desk, policy, dialogs, tasks, text, clerk),
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
        return new DocumentStepView(new DocumentStepViewModel(saved, catalog, documents, printer, tasks,
                loader.localization(), clerk), loader, nextApplication);
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
