package org.onewindow.ui.admin;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.onewindow.app.CentreLink;
import org.onewindow.app.HallStatus;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * What the administrator checks without the command line, read only: the catalog in force, how far the holiday
 * calendar reaches, and how this workstation stands with the central store. The centre publishes the first two.
 */
public final class HallStatusViewModel {

    private final HallStatus status;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final Dates dates;
    private final Failures failures;
    private final ReadOnlyStringWrapper catalog = new ReadOnlyStringWrapper(this, "catalog", "");
    private final ReadOnlyStringWrapper calendar = new ReadOnlyStringWrapper(this, "calendar", "");
    private final ReadOnlyStringWrapper calendarWarning = new ReadOnlyStringWrapper(this, "calendarWarning", "");
    private final ReadOnlyStringWrapper sync = new ReadOnlyStringWrapper(this, "sync", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public HallStatusViewModel(HallStatus status, TaskExecutor tasks, Localization texts) {
        this.status = status;
        this.tasks = tasks;
        this.texts = texts;
        this.dates = new Dates(texts);
        this.failures = new Failures(texts);
    }

    public void load() {
        tasks.execute(status::overview, this::show, error -> problem.set(failures.describe(error)));
    }

    private void show(HallStatus.Overview overview) {
        problem.set("");
        catalog.set(texts.get("hall.catalog", overview.catalogVersion(), dates.time(overview.catalogPublishedAt()),
                texts.get(overview.catalogFromCentre() ? "hall.fromCentre" : "hall.bundled"), overview.items(),
                overview.bundles()));
        calendar.set(texts.get("hall.calendar", dates.day(overview.calendarFrom()), dates.day(overview.calendarPublishedUntil()),
                dates.day(overview.calendarHorizon()),
                texts.get(overview.calendarFromCentre() ? "hall.calendarRegional" : "hall.calendarNational")));
        calendarWarning.set(overview.calendarWarning().orElse(""));
        CentreLink.Overview link = overview.sync();
        sync.set(!link.enrolled() ? texts.get("hall.sync.standalone", link.deviceCode())
                : texts.get("hall.sync.enrolled", link.deviceCode(),
                        texts.get(link.status().online() ? "hall.sync.online" : "hall.sync.offline"),
                        link.unsent(), link.failed(), link.refused(),
                        link.lastSync().map(dates::time).orElse(texts.get("status.neverSynced"))));
    }

    public ReadOnlyStringProperty catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    /** The calendar's own warning when its published data runs out soon; empty otherwise. */
    public ReadOnlyStringProperty calendarWarningProperty() {
        return calendarWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncProperty() {
        return sync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
