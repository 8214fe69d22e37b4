package org.onewindow.ui.intake;

import org.onewindow.app.ProxyIntake;
import org.onewindow.app.Workstation;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ItemSearch;
import org.onewindow.domain.intake.AcceptancePolicy;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.proxy.SiteCatalog;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Navigator;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.ViewLoader;

/**
 * Makes an agent's intake (F2 at a site): the catalog cut to what the site may take, the window's steps and live
 * decision, the agent's last step; once saved, the document step prints the site's receipt and 委托书 (or, for
 * items devolved to this township centre, the 受理通知书).
 */
public final class ProxyIntakeScreens {

    private final Workstation workstation;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ViewLoader loader;
    private final IntakeScreens documents;

    public ProxyIntakeScreens(Workstation workstation, DialogService dialogs, TaskExecutor tasks, ViewLoader loader) {
        this.workstation = workstation;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.loader = loader;
        this.documents = new IntakeScreens(workstation, dialogs, tasks, loader);
    }

    /** The flow's view-model for an agent at {@code site}, without a view: what the view-model tests drive. */
    public ProxyIntakeViewModel viewModel(User agent, Site site) {
        Localization text = loader.localization();
        Catalog offered = SiteCatalog.of(workstation.catalog(), site);
        AcceptancePolicy policy = new AcceptancePolicy();
        ChecklistViewModel checklist = new ChecklistViewModel(offered, policy, workstation.takeApplication(), text,
                agent);
        checklist.forAgent(items -> !site.decides(items), text.get("agent.confirm.agentLine", agent.displayName(),
                agent.userId()));
        return new ProxyIntakeViewModel(workstation.catalog().version(),
                new ItemChoiceViewModel(offered, new ItemSearch(offered), text),
                new ApplicantViewModel(text, workstation.clock()),
                checklist,
                new ProxyConfirmViewModel(workstation.proxyIntake(), workstation.takeApplication(), dialogs, tasks, text, agent),
                items -> site.decides(items) ? ProxyIntake.Mode.ACCEPT_HERE : ProxyIntake.Mode.PROXY,
                () -> new Dates(text).day(workstation.proxyIntake().handOverBy()), text);
    }

    /** Opens the flow on the navigator; after the documents the next application starts afresh. */
    public void open(Navigator navigator, User agent, Site site) {
        navigator.open(flow(navigator, agent, site));
    }

    private ProxyIntakeView flow(Navigator navigator, User agent, Site site) {
        String line = loader.localization().get("agent.intake.site", site.name(), new Labels(loader.localization()).of(site.kind()));
        return new ProxyIntakeView(viewModel(agent, site), loader, line, saved -> navigator.replace(
                documents.documentStep(saved, agent, () -> navigator.replace(flow(navigator, agent, site)))));
    }
}
