package org.onewindow.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The working-day calendar (工作日历) that statutory and promised limits are counted in: weekends are
 * off, the State Council's holidays are off, adjusted working days (调休上班) are worked, and a region
 * may change single days.
 *
 * <p>Up to {@link #publishedUntil()} the days are the published data (已发布). After it, up to
 * {@link #horizon()}, they are provisional (暂定): the statutory holidays the law fixes
 * ({@link StatutoryHolidays}) with their 补假 days, and no 调休 swaps, since only the yearly notice
 * makes those (decision record 0014). A deadline that reaches a provisional day says so
 * ({@link #due(LocalDate, int)}). Outside {@link #coveredFrom()}..{@link #horizon()} the calendar
 * refuses.
 *
 * <p>Immutable and thread-safe. Days are held in a bit set by day index, with a running count of
 * working days, so a lookup, adding N working days and counting between two dates are all O(1) or
 * O(log n), published and provisional days alike: this sits on the save path of every case.
 */
public final class WorkingCalendar {

    /** How long before the published data runs out administrators are warned. */
    static final int WARNING_DAYS = 90;

    private final NationalCalendar national;
    /** A region's changes, in the order given; applied on top of the national days, later ones winning. */
    private final List<DayOverride> regional;
    private final LocalDate coveredFrom;
    private final LocalDate horizon;
    private final long firstEpochDay;
    private final BitSet working;
    /** workingUpTo[i]: the number of working days from the first covered day up to day i, inclusive. */
    private final int[] workingUpTo;

    private WorkingCalendar(NationalCalendar national, List<DayOverride> regional) {
        this.national = national;
        this.regional = List.copyOf(regional);
        this.coveredFrom = national.coveredFrom();
        this.horizon = national.horizon();
        this.firstEpochDay = coveredFrom.toEpochDay();
        this.working = national.workingDays();
        for (DayOverride day : this.regional) {
            if (day.date().isBefore(coveredFrom) || day.date().isAfter(horizon)) {
                throw new IllegalArgumentException("日历调整日期 " + day.date() + "（" + day.name()
                        + "）超出日历覆盖范围 " + coveredFrom + " 至 " + horizon);
            }
            working.set((int) (day.date().toEpochDay() - firstEpochDay), day.workingDay());
        }
        int length = (int) (horizon.toEpochDay() - firstEpochDay + 1);
        this.workingUpTo = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (working.get(i)) {
                count++;
            }
            workingUpTo[i] = count;
        }
    }

    /**
     * The calendar built from the bundled national holiday data, with the provisional years after it;
     * loaded once and shared.
     */
    public static WorkingCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /**
     * Published data over {@code coveredFrom..publishedUntil} with the given listed days (later entries
     * win), and provisional days from the law after it up to the horizon. The law's rules start in
     * 2025, so published data must reach at least 2024-12-31.
     */
    static WorkingCalendar of(LocalDate coveredFrom, LocalDate publishedUntil, List<DayOverride> listedDays) {
        return new WorkingCalendar(NationalCalendar.of(coveredFrom, publishedUntil, listedDays), List.of());
    }

    /**
     * This calendar with the national data of {@code year} published (by a new release, or by the
     * central store for the whole nation): that year is no longer provisional, the provisional part
     * starts after it and the horizon moves on a year. The year must follow the published data; the
     * days listed may include the last days of the year before, as a notice sometimes does. A region's
     * changes are kept, on top of the new data.
     */
    public WorkingCalendar withPublishedYear(int year, List<DayOverride> days) {
        return new WorkingCalendar(national.withPublishedYear(year, days), regional);
    }

    /**
     * This calendar with a region's changes applied (later entries win), on published and provisional
     * days alike; they stay when a provisional year is published later. A change outside
     * {@link #coveredFrom()}..{@link #horizon()} is refused: one day cannot stand in for the calendar.
     */
    public WorkingCalendar withOverrides(List<DayOverride> regional) {
        Objects.requireNonNull(regional, "regional");
        if (regional.isEmpty()) {
            return this;
        }
        List<DayOverride> all = new ArrayList<>(this.regional);
        all.addAll(regional);
        return new WorkingCalendar(national, all);
    }

    /** Whether the window works on {@code day}; refuses a day outside the covered range. */
    public boolean isWorkingDay(LocalDate day) {
        return working.get(checkedIndex(day));
    }

    /**
     * Whether {@code day} lies past the published holiday data, so that what the calendar says of it
     * is provisional (暂定) until the State Council's notice for its year is published.
     */
    public boolean isProvisional(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return day.isAfter(national.publishedUntil());
    }

    /**
     * The {@code days}-th working day after {@code start} (start itself is not counted), or start
     * itself when {@code days} is 0. Refuses when the result would lie beyond the horizon.
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
            throw outside(horizon.plusDays(1), "自 " + start + " 起 " + days + " 个工作日");
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
     * The deadline {@code workingDays} working days after {@code start}, as {@link #addWorkingDays}
     * counts it, marked provisional exactly when the counted days reach a provisional day.
     */
    public DueDate due(LocalDate start, int workingDays) {
        LocalDate date = addWorkingDays(start, workingDays);
        return new DueDate(date, isProvisional(date));
    }

    /**
     * The number of working days after {@code fromExclusive} up to and including {@code toInclusive};
     * negative when the dates are the other way round, so overdue periods count down.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return workingUpTo[checkedIndex(toInclusive)] - workingUpTo[checkedIndex(fromExclusive)];
    }

    /** The first day the calendar answers for. */
    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    /** The last day of the published holiday data; every later day is provisional. */
    public LocalDate publishedUntil() {
        return national.publishedUntil();
    }

    /** The last day the calendar answers for, provisional days included. */
    public LocalDate horizon() {
        return horizon;
    }

    /**
     * A warning for administrators from {@value #WARNING_DAYS} days before the published data runs
     * out, and after: the window keeps counting on provisional dates (暂定) until the State Council's
     * notice is published and distributed, and stops only past the horizon.
     */
    public Optional<String> coverageWarning(LocalDate today) {
        LocalDate publishedUntil = national.publishedUntil();
        int nextYear = publishedUntil.getYear() + 1;
        if (today.isAfter(horizon)) {
            return Optional.of("节假日数据已于 " + publishedUntil + " 到期，按法定节假日推算的暂定日历也已于 " + horizon
                    + " 用尽，目前无法计算任何期限，请立即发布 " + nextYear + " 年起的节假日数据");
        }
        if (today.isAfter(publishedUntil)) {
            return Optional.of("节假日数据已于 " + publishedUntil + " 到期；在国务院办公厅发布 " + nextYear
                    + " 年放假安排通知之前，窗口按《全国年节及纪念日放假办法》推算的法定节假日继续计算期限，此后的日期均标注为“暂定”"
                    + "（不含调休）；通知发布后请尽快发布 " + nextYear + " 年节假日数据");
        }
        long left = ChronoUnit.DAYS.between(today, publishedUntil);
        if (left > WARNING_DAYS) {
            return Optional.empty();
        }
        return Optional.of("节假日数据仅覆盖至 " + publishedUntil + "，还剩 " + left + " 天；此后窗口按《全国年节及纪念日放假办法》"
                + "推算的法定节假日继续计算期限，日期标注为“暂定”（不含调休），直至国务院办公厅发布 " + nextYear
                + " 年放假安排通知；通知发布后请尽快发布 " + nextYear + " 年节假日数据");
    }

    private int checkedIndex(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(coveredFrom) || day.isAfter(horizon)) {
            throw outside(day, day.toString());
        }
        return (int) (day.toEpochDay() - firstEpochDay);
    }

    private OutsideCoverageException outside(LocalDate day, String asked) {
        return new OutsideCoverageException(day, asked, coveredFrom, national.publishedUntil(), horizon);
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
