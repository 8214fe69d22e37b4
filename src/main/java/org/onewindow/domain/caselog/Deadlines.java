package org.onewindow.domain.caselog;

import java.time.LocalDate;
import java.util.Objects;
import org.onewindow.domain.calendar.DueDate;
import org.onewindow.domain.catalog.DayUnit;

/**
 * The dates a case taken in on {@code receivedOn} gets, with the limits they were counted from: 承诺办结日期 and
 * 法定期限届满日期, the statutory limit in its own unit (工作日 or 日). Either may be provisional (暂定) when it was counted over days the
 * State Council has not yet published; the statutory deadline is null only beyond the calendar's horizon.
 */
public record Deadlines(LocalDate receivedOn, int promisedDays, DueDate promised, int statutoryDays, DayUnit statutoryUnit,
                        DueDate statutory) {

    public Deadlines {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(promised, "promised");
    }

    public LocalDate promisedDate() {
        return promised.date();
    }

    /** Null when it lies beyond the calendar's horizon. */
    public LocalDate statutoryDeadline() {
        return statutory == null ? null : statutory.date();
    }

    /** Whether any of the dates rests on provisional days. */
    public boolean provisional() {
        return promised.provisional() || statutory != null && statutory.provisional();
    }
}
