package org.onewindow.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The nation's working days before any region's changes: the days the State Council's notices list
 * (published data, 已发布) up to {@link #publishedUntil()}, then the statutory holidays computed from
 * the law (暂定, provisional) up to {@link #horizon()}, {@value #PROVISIONAL_YEARS} whole years later.
 * Immutable.
 */
final class NationalCalendar {

    /**
     * How many whole years past the published data the provisional part reaches: far beyond the
     * longest statutory limit (60 working days) even with months of §45 pauses, and enough for a
     * window whose calendar is not updated for years to keep saving (decision record 0014).
     */
    static final int PROVISIONAL_YEARS = 5;

    private final LocalDate coveredFrom;
    private final LocalDate publishedUntil;
    private final LocalDate horizon;
    private final List<DayOverride> published;
    private final List<HolidayDay> provisional;
    /** Bit i: whether day {@code coveredFrom + i} is worked. */
    private final BitSet working;

    private NationalCalendar(LocalDate coveredFrom, LocalDate publishedUntil, LocalDate horizon,
                             List<DayOverride> published, List<HolidayDay> provisional) {
        this.coveredFrom = coveredFrom;
        this.publishedUntil = publishedUntil;
        this.horizon = horizon;
        this.published = List.copyOf(published);
        this.provisional = List.copyOf(provisional);
        int length = (int) ChronoUnit.DAYS.between(coveredFrom, horizon) + 1;
        this.working = new BitSet(length);
        LocalDate day = coveredFrom;
        for (int i = 0; i < length; i++, day = day.plusDays(1)) {
            working.set(i, !StatutoryHolidays.isWeekend(day));
        }
        for (DayOverride listed : this.published) {
            if (listed.date().isBefore(coveredFrom) || listed.date().isAfter(publishedUntil)) {
                throw new IllegalArgumentException("日历调整日期 " + listed.date() + "（" + listed.name()
                        + "）超出日历数据覆盖范围 " + coveredFrom + " 至 " + publishedUntil);
            }
            working.set(index(listed.date()), listed.workingDay());
        }
        for (HolidayDay holiday : this.provisional) {
            working.clear(index(holiday.date()));
        }
    }

    /** Published data over {@code coveredFrom..publishedUntil} (later entries win), provisional after it. */
    static NationalCalendar of(LocalDate coveredFrom, LocalDate publishedUntil, List<DayOverride> listedDays) {
        Objects.requireNonNull(listedDays, "listedDays");
        if (publishedUntil.isBefore(coveredFrom)) {
            throw new IllegalArgumentException("日历数据的结束日期 " + publishedUntil + " 早于开始日期 " + coveredFrom);
        }
        LocalDate horizon = LocalDate.of(publishedUntil.getYear() + PROVISIONAL_YEARS, 12, 31);
        return new NationalCalendar(coveredFrom, publishedUntil, horizon, listedDays,
                statutoryDays(publishedUntil, publishedUntil.plusDays(1).getYear(), horizon.getYear()));
    }

    /**
     * This calendar with the State Council's notice for {@code year} published: the year right after
     * the published data becomes published, and the horizon moves on with it. A notice may list the
     * last days of the year before (the 2023 notice listed 2022-12-31); those replace what was there.
     */
    NationalCalendar withPublishedYear(int year, List<DayOverride> days) {
        Objects.requireNonNull(days, "days");
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (!publishedUntil.equals(yearEnd.minusYears(1))) {
            throw new IllegalArgumentException("节假日数据须按年连续发布：现有数据至 " + publishedUntil
                    + "，不能发布 " + year + " 年");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException(year + " 年的节假日数据没有列出任何日期，不能作为已发布数据");
        }
        LocalDate earliest = LocalDate.of(year - 1, 12, 1);
        for (DayOverride day : days) {
            if (day.date().isBefore(earliest) || day.date().isAfter(yearEnd)) {
                throw new IllegalArgumentException(year + " 年节假日数据中的日期 " + day.date() + "（" + day.name()
                        + "）不在 " + earliest + " 至 " + yearEnd + " 之内");
            }
        }
        List<DayOverride> nowPublished = new ArrayList<>(published);
        nowPublished.addAll(days);
        LocalDate newHorizon = LocalDate.of(year + PROVISIONAL_YEARS, 12, 31);
        List<HolidayDay> stillProvisional = new ArrayList<>();
        for (HolidayDay holiday : provisional) {
            if (holiday.date().isAfter(yearEnd)) {
                stillProvisional.add(holiday);
            }
        }
        stillProvisional.addAll(statutoryDays(yearEnd, horizon.getYear() + 1, newHorizon.getYear()));
        return new NationalCalendar(coveredFrom, yearEnd, newHorizon.isAfter(horizon) ? newHorizon : horizon,
                nowPublished, stillProvisional);
    }

    /** The law's days off in years {@code fromYear..toYear} that fall after {@code after}. */
    private static List<HolidayDay> statutoryDays(LocalDate after, int fromYear, int toYear) {
        List<HolidayDay> days = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (HolidayDay holiday : StatutoryHolidays.of(year)) {
                if (holiday.date().isAfter(after)) {
                    days.add(holiday);
                }
            }
        }
        return days;
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - coveredFrom.toEpochDay());
    }

    LocalDate coveredFrom() {
        return coveredFrom;
    }

    LocalDate publishedUntil() {
        return publishedUntil;
    }

    LocalDate horizon() {
        return horizon;
    }

    /** The national working days by day index from {@link #coveredFrom()}; a copy. */
    BitSet workingDays() {
        return (BitSet) working.clone();
    }
}
