package org.onewindow.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Adding and counting working days agree with each other everywhere in the covered range. */
class WorkingCalendarProperties {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();

    /** Starts early enough (at the latest 2025-06-23 + 30 days) that 201 working days still fit in the data. */
    private static LocalDate start(int offset) {
        return CALENDAR.coveredFrom().plusDays(offset);
    }

    @Property
    void countingTheWorkingDaysUpToTheDueDateGivesBackN(
            @ForAll @IntRange(max = 2000) int offset, @ForAll @IntRange(max = 200) int n) {
        LocalDate due = CALENDAR.addWorkingDays(start(offset), n);
        assertThat(CALENDAR.workingDaysBetween(start(offset), due)).isEqualTo(n);
    }

    @Property
    void theDueDateIsAWorkingDay(@ForAll @IntRange(max = 2000) int offset, @ForAll @IntRange(min = 1, max = 200) int n) {
        assertThat(CALENDAR.isWorkingDay(CALENDAR.addWorkingDays(start(offset), n))).isTrue();
    }

    @Property
    void oneMoreWorkingDayNeverGivesAnEarlierDate(
            @ForAll @IntRange(max = 2000) int offset, @ForAll @IntRange(max = 200) int n) {
        assertThat(CALENDAR.addWorkingDays(start(offset), n + 1)).isAfter(CALENDAR.addWorkingDays(start(offset), n));
    }

    @Property
    void aLaterStartNeverGivesAnEarlierDueDate(
            @ForAll @IntRange(max = 2000) int offset, @ForAll @IntRange(min = 1, max = 30) int later,
            @ForAll @IntRange(max = 200) int n) {
        assertThat(CALENDAR.addWorkingDays(start(offset + later), n))
                .isAfterOrEqualTo(CALENDAR.addWorkingDays(start(offset), n));
    }

    @Property
    void theDueDateIsTheFirstDayWithEnoughWorkingDaysBehindIt(
            @ForAll @IntRange(max = 2000) int offset, @ForAll @IntRange(min = 1, max = 200) int n) {
        LocalDate due = CALENDAR.addWorkingDays(start(offset), n);
        assertThat(CALENDAR.workingDaysBetween(start(offset), due.minusDays(1))).isEqualTo(n - 1);
    }
}
