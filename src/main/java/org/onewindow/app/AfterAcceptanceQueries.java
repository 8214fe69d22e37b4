package org.onewindow.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.store.AfterAcceptanceList;
import org.onewindow.store.AfterAcceptanceList.AfterRow;

/**
 * What the window reads after acceptance (decision record 0033): per department what the hall sent and what came
 * back, the cases the back office has not picked up within the set time, the results waiting to be collected with
 * how long they have waited, and the day's fees.
 */
public final class AfterAcceptanceQueries {

    /** A case the back office has not taken up within this many working days of being sent is flagged. */
    public static final int PICK_UP_WORKING_DAYS = 1;

    private final AfterAcceptanceList list;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    AfterAcceptanceQueries(AfterAcceptanceList list, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.list = list;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A result waiting at the window, and for how many days (calendar days, as the applicant counts them). */
    public record Waiting(AfterRow row, long days) {
    }

    public List<AfterAcceptanceList.DepartmentCount> byDepartment() {
        return list.byDepartment();
    }

    public List<AfterRow> ofDepartment(String departmentCode) {
        return list.ofDepartment(departmentCode);
    }

    /** Sent and not taken up (未接件) although {@link #PICK_UP_WORKING_DAYS} working days have passed since. */
    public List<AfterRow> notPickedUp() {
        LocalDate today = today();
        WorkingCalendar days = calendar.get();
        LocalDate sentBy = today.minusDays(1);
        try {
            // the latest day sent whose time to pick up has run out before today
            for (int i = 0; i < 40 && !days.addWorkingDays(sentBy, PICK_UP_WORKING_DAYS).isBefore(today); i++) {
                sentBy = sentBy.minusDays(1);
            }
        } catch (OutsideCoverageException e) {
            sentBy = today.minusDays(PICK_UP_WORKING_DAYS + 1);
        }
        return list.notPickedUp(sentBy);
    }

    public List<Waiting> uncollected() {
        LocalDate today = today();
        return list.uncollected().stream()
                .map(row -> new Waiting(row, ChronoUnit.DAYS.between(row.readyOn(), today))).toList();
    }

    public AfterAcceptanceList.DayFees feesOn(LocalDate day) {
        return list.feesOn(day);
    }

    public java.util.Optional<AfterRow> of(java.util.UUID caseId) {
        return list.of(caseId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
    }
}
