package org.onewindow.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Adding and counting working days agree with each other everywhere in the covered range, published
 * and provisional days alike. jqwik prints each property's seed in its report; to replay a run, put
 * that seed in the property's annotation: {@code @Property(seed = "…")}.
 */
class WorkingCalendarProperties {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final int MAX_OFFSET = 4000;

    /** Starts early enough (at the latest 2030-12-14 + 30 days) that 201 working days still fit before the horizon. */
    private static LocalDate start(int offset) {
        return CALENDAR.coveredFrom().plusDays(offset);
    }

    @Property
    void countingTheWorkingDaysUpToTheDueDateGivesBackN(
            @ForAll @IntRange(max = MAX_OFFSET) int offset, @ForAll @IntRange(max = 200) int n) {
        LocalDate due = CALENDAR.addWorkingDays(start(offset), n);
        assertThat(CALENDAR.workingDaysBetween(start(offset), due)).isEqualTo(n);
    }

    @Property
    void theDueDateIsAWorkingDay(@ForAll @IntRange(max = MAX_OFFSET) int offset, @ForAll @IntRange(min = 1, max = 200) int n) {
        assertThat(CALENDAR.isWorkingDay(CALENDAR.addWorkingDays(start(offset), n))).isTrue();
    }

    @Property
    void oneMoreWorkingDayNeverGivesAnEarlierDate(
            @ForAll @IntRange(max = MAX_OFFSET) int offset, @ForAll @IntRange(max = 200) int n) {
        assertThat(CALENDAR.addWorkingDays(start(offset), n + 1)).isAfter(CALENDAR.addWorkingDays(start(offset), n));
    }

    @Property
    void aLaterStartNeverGivesAnEarlierDueDate(
            @ForAll @IntRange(max = MAX_OFFSET) int offset, @ForAll @IntRange(min = 1, max = 30) int later,
            @ForAll @IntRange(max = 200) int n) {
        assertThat(CALENDAR.addWorkingDays(start(offset + later), n))
                .isAfterOrEqualTo(CALENDAR.addWorkingDays(start(offset), n));
    }

    @Property
    void theDueDateIsTheFirstDayWithEnoughWorkingDaysBehindIt(
            @ForAll @IntRange(max = MAX_OFFSET) int offset, @ForAll @IntRange(min = 1, max = 200) int n) {
        LocalDate due = CALENDAR.addWorkingDays(start(offset), n);
        assertThat(CALENDAR.workingDaysBetween(start(offset), due.minusDays(1))).isEqualTo(n - 1);
    }

    @Property
    void theDueDateIsWhereAWalkOverTheDaysEndsAndIsProvisionalExactlyWhenItPassesThePublishedData(
            @ForAll @IntRange(max = MAX_OFFSET) int offset, @ForAll @IntRange(max = 80) int n) {
        LocalDate day = start(offset);
        boolean reachedProvisional = CALENDAR.isProvisional(day);
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            reachedProvisional |= day.isAfter(CALENDAR.publishedUntil());
            if (CALENDAR.isWorkingDay(day)) {
                counted++;
            }
        }
        assertThat(CALENDAR.due(start(offset), n)).isEqualTo(new DueDate(day, reachedProvisional));
    }
}
