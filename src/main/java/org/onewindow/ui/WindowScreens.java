package org.onewindow.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.onewindow.app.Workstation;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.admin.AdminView;
import org.onewindow.ui.admin.HallStatusView;
import org.onewindow.ui.admin.HallStatusViewModel;
import org.onewindow.ui.admin.OfficeProfileView;
import org.onewindow.ui.admin.OfficeProfileViewModel;
import org.onewindow.ui.admin.PrinterSettingsView;
import org.onewindow.ui.admin.PrinterSettingsViewModel;
import org.onewindow.ui.agent.AgentHomeView;
import org.onewindow.ui.agent.AgentHomeViewModel;
import org.onewindow.ui.agent.HandOverView;
import org.onewindow.ui.agent.HandOverViewModel;
import org.onewindow.ui.handover.HallHandoverView;
import org.onewindow.ui.handover.HallHandoverViewModel;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Navigator;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.Screens;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.cases.AfterListView;
import org.onewindow.ui.cases.AfterListViewModel;
import org.onewindow.ui.cases.CaseAfterView;
import org.onewindow.ui.cases.CaseAfterViewModel;
import org.onewindow.ui.cases.CaseDetailView;
import org.onewindow.ui.cases.CaseDetailViewModel;
import org.onewindow.ui.cases.CaseListView;
import org.onewindow.ui.cases.CaseListViewModel;
import org.onewindow.ui.home.HomeView;
import org.onewindow.ui.home.HomeViewModel;
import org.onewindow.ui.intake.IntakeScreens;
import org.onewindow.ui.intake.ProxyIntakeScreens;
import org.onewindow.ui.supplement.SupplementView;
import org.onewindow.ui.supplement.SupplementViewModel;

/** Part of the composition root: makes each screen with its view-model and the use cases it calls. */
final class WindowScreens implements Screens {

    private final Workstation workstation;
    private final Session session;
    private final Navigator navigator;
    private final TaskExecutor tasks;
    private final ViewLoader views;
    private final Localization texts;
    private final IntakeScreens intake;
    private final DialogService dialogs;

    WindowScreens(Workstation workstation, Session session, Navigator navigator, DialogService dialogs,
                  TaskExecutor tasks, ViewLoader views) {
        this.workstation = workstation;
        this.session = session;
        this.navigator = navigator;
        this.tasks = tasks;
        this.views = views;
        this.texts = views.localization();
        this.dialogs = dialogs;
        this.intake = new IntakeScreens(workstation, dialogs, tasks, views);
    }

    @Override
    public Screen home() {
        if (session.requireClerk().role() == Role.ADMINISTRATOR) {
            return administration();
        }
        if (agentAtWork()) {
            return agentHome();
        }
        return new HomeView(new HomeViewModel(workstation.cases(), workstation.documents(), session,
                workstation.calendar(), workstation.clock(), tasks, texts), views, this::openCase)
                .onAfterList(this::openAfterAcceptance);
    }

    /** The administrator's home: the sections that set the hall up (a users screen is one more section here). */
    private Screen administration() {
        User administrator = session.requireClerk();
        return new AdminView(List.of(
                new AdminView.Section("office", texts.get("office.title"), () -> new OfficeProfileView(
                        new OfficeProfileViewModel(workstation.officeSetup(), administrator, tasks, texts), views,
                        () -> dialogs.choosePng(texts.get("office.chooseSealTitle")))),
                new AdminView.Section("printers", texts.get("printers.title"), () -> printerSettings(administrator)),
                new AdminView.Section("status", texts.get("hall.title"), () -> new HallStatusView(
                        new HallStatusViewModel(workstation.hallStatus(), tasks, texts), views))), views);
    }

    private Screen printerSettings(User user) {
        return new PrinterSettingsView(new PrinterSettingsViewModel(workstation.printerSetup(), user, tasks, texts), views);
    }

    @Override
    public void openSettings() {
        User user = session.requireClerk();
        if (user.role() == Role.SUPERVISOR) {
            navigator.open(printerSettings(user));
        } else if (user.role() == Role.ADMINISTRATOR && mayDiscardDraft()) {
            navigator.start(home());
        }
    }

    @Override
    public Screen caseList() {
        return new CaseListView(new CaseListViewModel(workstation.cases(), workstation.clock(), tasks, texts), views,
                this::openCase, caseId -> navigator.open(supplement(viewModel -> viewModel.open(caseId))));
    }

    @Override
    public Screen caseDetail(UUID caseId) {
        CaseAfterViewModel after = new CaseAfterViewModel(caseId, workstation.cases(), workstation.afterAcceptance(),
                workstation::catalog, this::certificateOffset, session, tasks, texts);
        return new CaseDetailView(new CaseDetailViewModel(caseId, workstation.cases(), workstation.documents(),
                workstation.signIn(), workstation.voidCase(), workstation.catalog(), session, dialogs, tasks, texts),
                views, () -> navigator.open(supplement(viewModel -> viewModel.open(caseId))),
                voided -> navigator.open(intake.documentStep(voided, session.requireClerk(), navigator::back)))
                .with(new CaseAfterView(after, views), after);
    }

    /** The certificate printer's calibration, for 套打 on pre-printed stock. */
    private org.onewindow.print.PrintOffset certificateOffset() {
        org.onewindow.print.PrinterSettings printers = workstation.printerSetup().current();
        return printers.printerFor(org.onewindow.print.PrinterRole.CERTIFICATE).map(printers::offsetOf)
                .orElse(org.onewindow.print.PrintOffset.NONE);
    }

    /**
     * 补齐补正, started on a case or waiting for a typed number; once a notified case is accepted its receipt's
     * document step takes the screen's place, and moving on from there returns to the case.
     */
    private Screen supplement(Consumer<SupplementViewModel> start) {
        User clerk = session.requireClerk();
        SupplementViewModel viewModel = new SupplementViewModel(workstation.supplementCase(), tasks, texts, clerk);
        SupplementView view = new SupplementView(viewModel, views,
                accepted -> navigator.replace(intake.documentStep(accepted, clerk, navigator::back)));
        start.accept(viewModel);
        return view;
    }

    @Override
    public void openSupplement() {
        navigator.open(supplement(viewModel -> { }));
    }

    @Override
    public void openNewApplication() {
        if (!mayDiscardDraft()) {
            return;
        }
        navigator.draft().ifPresent(draft -> navigator.start(home()));
        User clerk = session.requireClerk();
        if (clerk.role() == Role.AGENT) {
            workstation.proxyIntake().site().ifPresentOrElse(
                    site -> new ProxyIntakeScreens(workstation, dialogs, tasks, views).open(navigator, clerk, site),
                    () -> dialogs.showError(texts.get("agent.noSite.title"), texts.get("agent.noSite.message")));
            return;
        }
        intake.open(navigator, clerk);
    }

    /** 帮办代办 (decision record 0027): an agent works on the site's files; the hall receives their batches. */
    @Override
    public void openHandover() {
        User clerk = session.requireClerk();
        if (clerk.role() == Role.AGENT) {
            navigator.open(new HandOverView(new HandOverViewModel(workstation.handOver(), workstation.documents(),
                    workstation.catalog(), tasks, texts, clerk), views));
            return;
        }
        navigator.open(new HallHandoverView(new HallHandoverViewModel(workstation.receiveHandover(),
                workstation.materialCopies(), workstation.catalog(), workstation.sites().sites(), tasks, texts, clerk,
                decided -> navigator.open(intake.documentStep(decided, clerk, navigator::back))), views));
    }

    @Override
    public void openAfterAcceptance() {
        navigator.open(new AfterListView(new AfterListViewModel(workstation.afterAcceptanceQueries(),
                workstation.clock(), tasks, texts), views, this::openCase));
    }

    private boolean agentAtWork() {
        return session.clerk().map(User::role).filter(role -> role == Role.AGENT).isPresent();
    }

    private Screen agentHome() {
        User agent = session.requireClerk();
        return new AgentHomeView(new AgentHomeViewModel(workstation.proxyIntake().site(), workstation.proxyFiles(),
                workstation.materialCopies(), workstation.catalog(), tasks, texts, agent), views, this::openHandover,
                this::openCase);
    }

    @Override
    public boolean mayDiscardDraft() {
        Optional<Screen> draft = navigator.draft();
        if (draft.isEmpty()) {
            return true;
        }
        if (dialogs.confirm(texts.get("intake.draft.title"), texts.get("intake.draft.discard"))) {
            return true;
        }
        navigator.backTo(draft.get());
        return false;
    }

    private void openCase(UUID caseId) {
        navigator.open(caseDetail(caseId));
    }
}
