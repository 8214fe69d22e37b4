package org.onewindow.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The working-day calendar (工作日历) that statutory and promised limits are counted in: weekends are
 * off, the State Council's holidays are off, adjusted working days (调休上班) are worked, and a region
 * may change single days. It knows only the range its data covers and refuses anything beyond it.
 *
 * <p>Immutable and thread-safe. Days are held in a bit set by day index, with a running count of
 * working days, so a lookup, adding N working days and counting between two dates are all O(1) or
 * O(log n): this sits on the save path of every case.
 */
public final class WorkingCalendar {

    /** How long before the data runs out administrators are warned. */
    static final int WARNING_DAYS = 90;

    private final LocalDate coveredFrom;
    private final LocalDate coveredUntil;
    private final long firstEpochDay;
    private final BitSet working;
    /** workingUpTo[i]: the number of working days from the first covered day up to day i, inclusive. */
    private final int[] workingUpTo;

    private WorkingCalendar(LocalDate coveredFrom, LocalDate coveredUntil, BitSet working) {
        this.coveredFrom = coveredFrom;
        this.coveredUntil = coveredUntil;
        this.firstEpochDay = coveredFrom.toEpochDay();
        this.working = working;
        int length = (int) (coveredUntil.toEpochDay() - firstEpochDay + 1);
        this.workingUpTo = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (working.get(i)) {
                count++;
            }
            workingUpTo[i] = count;
        }
    }

    /** The calendar built from the bundled national holiday data; loaded once and shared. */
    public static WorkingCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /** A calendar over {@code coveredFrom..coveredUntil} with the given listed days; later entries win. */
    static WorkingCalendar of(LocalDate coveredFrom, LocalDate coveredUntil, List<DayOverride> listedDays) {
        int length = (int) ChronoUnit.DAYS.between(coveredFrom, coveredUntil) + 1;
        BitSet working = new BitSet(length);
        LocalDate day = coveredFrom;
        for (int i = 0; i < length; i++, day = day.plusDays(1)) {
            working.set(i, !isWeekend(day));
        }
        setDays(working, listedDays, coveredFrom, coveredUntil);
        return new WorkingCalendar(coveredFrom, coveredUntil, working);
    }

    /**
     * This calendar with a region's changes applied (later entries win). A change outside the covered
     * range is refused: one day cannot stand in for a year's missing holiday notice.
     */
    public WorkingCalendar withOverrides(List<DayOverride> regional) {
        Objects.requireNonNull(regional, "regional");
        if (regional.isEmpty()) {
            return this;
        }
        BitSet changed = (BitSet) working.clone();
        setDays(changed, regional, coveredFrom, coveredUntil);
        return new WorkingCalendar(coveredFrom, coveredUntil, changed);
    }

    private static void setDays(BitSet target, List<DayOverride> days, LocalDate from, LocalDate until) {
        for (DayOverride day : days) {
            if (day.date().isBefore(from) || day.date().isAfter(until)) {
                throw new IllegalArgumentException("日历调整日期 " + day.date() + "（" + day.name()
                        + "）超出日历数据覆盖范围 " + from + " 至 " + until);
            }
            target.set((int) (day.date().toEpochDay() - from.toEpochDay()), day.workingDay());
        }
    }

    /** Whether the window works on {@code day}; refuses a day outside the covered range. */
    public boolean isWorkingDay(LocalDate day) {
        return working.get(checkedIndex(day));
    }

    /**
     * The {@code days}-th working day after {@code start} (start itself is not counted), or start
     * itself when {@code days} is 0. Refuses when the result would lie beyond the covered range.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("工作日数不能为负数：" + days);
        }
        int startIndex = checkedIndex(start);
        if (days == 0) {
            return start;
        }
        long wanted = (long) workingUpTo[startIndex] + days;
        if (wanted > workingUpTo[workingUpTo.length - 1]) {
            throw new OutsideCoverageException(coveredUntil.plusDays(1), "自 " + start + " 起 " + days + " 个工作日",
                    coveredFrom, coveredUntil);
        }
        int found = Arrays.binarySearch(workingUpTo, startIndex, workingUpTo.length, (int) wanted);
        // Several days share a running count (the days off after a working day); the first of them
        // is the working day itself.
        while (found > startIndex && workingUpTo[found - 1] == wanted) {
            found--;
        }
        return coveredFrom.plusDays(found);
    }

    /**
     * The number of working days after {@code fromExclusive} up to and including {@code toInclusive};
     * negative when the dates are the other way round, so overdue periods count down.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return workingUpTo[checkedIndex(toInclusive)] - workingUpTo[checkedIndex(fromExclusive)];
    }

    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    /**
     * A warning for administrators when the holiday data runs out within {@value #WARNING_DAYS} days
     * of {@code today} (or already has), so the next year's data is published before deadlines fail.
     */
    public Optional<String> coverageWarning(LocalDate today) {
        if (today.isAfter(coveredUntil)) {
            return Optional.of("节假日数据已于 " + coveredUntil + " 到期，目前无法计算任何期限，请立即发布 "
                    + today.getYear() + " 年节假日数据");
        }
        long left = ChronoUnit.DAYS.between(today, coveredUntil);
        if (left > WARNING_DAYS) {
            return Optional.empty();
        }
        return Optional.of("节假日数据仅覆盖至 " + coveredUntil + "，还剩 " + left + " 天；到期后将无法计算期限，请尽快发布 "
                + (coveredUntil.getYear() + 1) + " 年节假日数据");
    }

    private int checkedIndex(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(coveredFrom) || day.isAfter(coveredUntil)) {
            throw new OutsideCoverageException(day, day.toString(), coveredFrom, coveredUntil);
        }
        return (int) (day.toEpochDay() - firstEpochDay);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** Lazy holder: the file is read on first use, once, without locking afterwards. */
    private static final class Bundled {
        static final WorkingCalendar CALENDAR = load();

        private static WorkingCalendar load() {
            CalendarFile.Contents contents = CalendarFile.readBundled();
            return of(contents.coveredFrom(), contents.coveredUntil(), contents.listedDays());
        }
    }
}
