package org.onewindow.ui.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.MaterialCopies;
import org.onewindow.app.ProxyFiles;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * The agent's home (代办点首页): the site and what it may do, what waits to go to the centre after days offline, and
 * every proxy file with what the hall has done with it; the electronic copies of the file chosen, to add to.
 */
public final class AgentHomeViewModel {

    private final Optional<Site> site;
    private final ProxyFiles files;
    private final MaterialCopies copies;
    private final Catalog catalog;
    private final TaskExecutor tasks;
    private final Localization text;
    private final User agent;
    private final Failures failures;
    private final Labels labels;
    private final Dates dates;

    private final ReadOnlyStringWrapper siteTitle = new ReadOnlyStringWrapper(this, "siteTitle", "");
    private final ReadOnlyStringWrapper mandate = new ReadOnlyStringWrapper(this, "mandate", "");
    private final ReadOnlyStringWrapper outbox = new ReadOnlyStringWrapper(this, "outbox", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<ProxyFileRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CopyTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<MaterialCheck> materials = FXCollections.observableArrayList();
    private List<ProxyFiles.FileLine> lines = List.of();
    private UUID chosen;

    public AgentHomeViewModel(Optional<Site> site, ProxyFiles files, MaterialCopies copies, Catalog catalog,
                              TaskExecutor tasks, Localization text, User agent) {
        this.site = site;
        this.files = files;
        this.copies = copies;
        this.catalog = catalog;
        this.tasks = tasks;
        this.text = text;
        this.agent = agent;
        this.failures = new Failures(text);
        this.labels = new Labels(text);
        this.dates = new Dates(text);
        siteTitle.set(site.map(s -> text.get("agent.home.site", s.name(), labels.of(s.kind()), s.township()))
                .orElse(text.get("agent.home.noSite")));
        mandate.set(site.map(s -> s.devolvedItems().isEmpty()
                ? text.get("agent.home.proxyOnly", s.proxyItems().size(), s.handOverDays())
                : text.get("agent.home.devolved", s.devolvedItems().size(), s.proxyItems().size(), s.handOverDays()))
                .orElse(""));
    }

    /** Reads the outbox again (after a sync, a capture, or when the screen comes back). */
    public void refresh() {
        tasks.execute(files::overview, this::show, failure -> problem.set(failures.describe(failure)));
    }

    private void show(ProxyFiles.Overview overview) {
        problem.set("");
        lines = overview.files();
        outbox.set(text.get("agent.home.outbox", overview.eventsWaiting(), overview.copiesWaiting(),
                String.format("%.1f", overview.bytesWaiting() / 1024.0 / 1024.0),
                overview.lastSync().map(dates::time)
                        .orElse(text.get("agent.home.neverSynced"))));
        List<ProxyFileRow> shown = new ArrayList<>();
        for (ProxyFiles.FileLine line : overview.files()) {
            CaseState state = line.state();
            String items = String.join(text.get("timeline.separator"), state.intake().itemCodes().stream()
                    .map(code -> catalog.item(code).map(ServiceItem::name).orElse(code)).toList());
            String hall = line.hallDecidedAt()
                    .map(at -> text.get("agent.home.decided", labels.of(state.decision()),
                            dates.time(at)))
                    .orElse(line.hallNote().isEmpty() ? "" : line.hallNote());
            String waiting = line.waitingToGo() || line.copiesWaiting() > 0
                    ? text.get("agent.home.waiting", line.copiesWaiting()) : text.get("agent.home.sent");
            shown.add(new ProxyFileRow(state.caseId(), state.caseNumber(), state.intake().applicant().name(), items,
                    state.custody() == null ? labels.of(state.status()) : labels.of(state.custody().stage()), hall, waiting));
        }
        rows.setAll(shown);
    }

    /** The file chosen in the list: its materials to attach to, and its copies as thumbnails. */
    public void choose(UUID caseId) {
        chosen = caseId;
        lines.stream().filter(l -> l.state().caseId().equals(caseId)).findFirst()
                .ifPresent(line -> materials.setAll(line.state().intake().materials()));
        loadCopies();
    }

    private void loadCopies() {
        UUID caseId = chosen;
        if (caseId == null) {
            tiles.clear();
            return;
        }
        tasks.execute(() -> copies.of(caseId).stream().map(copy -> {
            byte[] thumbnail;
            try {
                thumbnail = copies.thumbnail(copy);
            } catch (RuntimeException e) {
                thumbnail = new byte[0];
            }
            return new CopyTile(copy, thumbnail, copy.materialName() + "\n" + copy.size() / 1024 + " KB"
                    + (copy.sent() ? "" : " · " + text.get("agent.copy.notSent")));
        }).toList(), tiles::setAll, failure -> problem.set(failures.describe(failure)));
    }

    /** Attaches a file (picked, or the scanner's latest page) to a material of the chosen file. */
    public void attach(String materialCode, Path file, MaterialCopies.Source source) {
        UUID caseId = chosen;
        if (caseId == null || materialCode == null) {
            problem.set(text.get("agent.copy.chooseFirst"));
            return;
        }
        tasks.execute(() -> copies.attach(agent, caseId, materialCode, file, source), saved -> {
            problem.set("");
            loadCopies();
            refresh();
        }, failure -> problem.set(failures.describe(failure)));
    }

    /** The newest page the scanner saved, to attach. */
    public void attachLatestScan(String materialCode) {
        tasks.execute(() -> copies.latestScans(1), latest -> {
            if (latest.isEmpty()) {
                problem.set(text.get("agent.copy.noScan"));
            } else {
                attach(materialCode, latest.get(0), MaterialCopies.Source.SCANNER);
            }
        }, failure -> problem.set(failures.describe(failure)));
    }

    public ObservableList<ProxyFileRow> rows() {
        return rows;
    }

    public ObservableList<CopyTile> tiles() {
        return tiles;
    }

    public ObservableList<MaterialCheck> materials() {
        return materials;
    }

    public ReadOnlyStringProperty siteTitleProperty() {
        return siteTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mandateProperty() {
        return mandate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outboxProperty() {
        return outbox.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
