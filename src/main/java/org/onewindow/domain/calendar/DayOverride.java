package org.onewindow.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A regional change to the bundled calendar (地方调整), published by the central store: a day made a
 * working day or a day off, e.g. a local ethnic festival.
 *
 * @param date       the day changed
 * @param workingDay whether the window works that day
 * @param name       why, as the notice calls it
 */
public record DayOverride(LocalDate date, boolean workingDay, String name) {

    public DayOverride {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name;
    }
}
