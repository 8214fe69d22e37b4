package org.onewindow.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.store.Settings;
import org.onewindow.sync.ChangePuller;

/**
 * What an administrator checks without the command line: the catalog and calendar this workstation works with,
 * how far the calendar reaches, and how it stands with the central store. Read only: the centre publishes them.
 */
public final class HallStatus {

    private final Supplier<Catalog> catalog;
    private final Supplier<WorkingCalendar> calendar;
    private final Settings settings;
    private final CentreLink centre;
    private final DueDates dueDates;

    HallStatus(Supplier<Catalog> catalog, Supplier<WorkingCalendar> calendar, Settings settings, CentreLink centre,
               DueDates dueDates) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.settings = settings;
        this.centre = centre;
        this.dueDates = dueDates;
    }

    /**
     * @param catalogFromCentre      whether the catalog is the one the centre published, not the bundled one
     * @param calendarPublishedUntil the last day of the published holiday data; later days are provisional
     * @param calendarHorizon        the last day a deadline can reach
     * @param calendarWarning        the warning the calendar gives today, if any
     * @param calendarFromCentre     whether the centre sent regional changes to the calendar
     */
    public record Overview(String catalogVersion, Instant catalogPublishedAt, boolean catalogFromCentre, int items,
                           int bundles, LocalDate calendarFrom, LocalDate calendarPublishedUntil, LocalDate calendarHorizon,
                           Optional<String> calendarWarning, boolean calendarFromCentre, CentreLink.Overview sync) {
    }

    public Overview overview() {
        Catalog current = catalog.get();
        WorkingCalendar days = calendar.get();
        return new Overview(current.version(), current.publishedAt(), settings.get(ChangePuller.CATALOG_SETTING).isPresent(),
                current.items().size(), current.bundles().size(), days.coveredFrom(), days.publishedUntil(), days.horizon(),
                days.coverageWarning(dueDates.today()), settings.get(ChangePuller.CALENDAR_SETTING).isPresent(),
                centre.overview());
    }
}
