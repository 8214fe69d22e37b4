package org.onewindow.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline counted in working days (期限), and whether it rests on the provisional calendar (暂定):
 * then it is to be shown and printed as provisional, and recomputed once the State Council's notice
 * is published — never moved earlier than what was printed (DESIGN.md, core decision 4).
 *
 * @param date        the last day of the period
 * @param provisional whether the counted days reach past the published holiday data
 */
public record DueDate(LocalDate date, boolean provisional) {

    public DueDate {
        Objects.requireNonNull(date, "date");
    }
}
