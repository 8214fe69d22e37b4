package org.onewindow.ui.app;

import java.time.Clock;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.store.DataDirectory;

/**
 * What the window works on, opened in the background at start-up: the local store, the catalog and
 * the working-day calendar. Closed when the window closes.
 */
public final class Workspace implements AutoCloseable {

    private final WorkingCalendar calendar;
    private final Clock clock;

    private Workspace(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public static Workspace open(DataDirectory data, Clock clock) {
        data.ensureCreated();
        return new Workspace(WorkingCalendar.bundled(), clock);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
    }
}
