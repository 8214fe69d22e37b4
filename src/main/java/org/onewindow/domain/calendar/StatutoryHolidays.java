package org.onewindow.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statutory holidays of a year (法定节假日) as 全国年节及纪念日放假办法 fixes them (2024 revision, in
 * force since 2025-01-01): 元旦 1 day, 春节 4 days (农历除夕 and 正月初一 to 初三), 清明节 1 (the day of
 * the solar term), 劳动节 2 (1–2 May), 端午节 1 (五月初五), 中秋节 1 (八月十五), 国庆节 3 (1–3 October).
 *
 * <p>A festival day that falls on a Saturday or Sunday is made up on a working day (补假); so is a
 * festival day that falls on another festival's day (中秋 on 1 October, as in 2020), since each
 * festival grants its own days (decision record 0014). Festivals are taken in date order, and a
 * festival's 补假 days are the first weekdays after its last day that are not already off.
 *
 * <p>What the law does not fix is left out: the 调休 swaps (weekend days worked so that a holiday
 * runs longer) exist only in the State Council's yearly notice.
 */
public final class StatutoryHolidays {

    /** The first year the 2024 revision governs; earlier years had a 3-day 春节 and a 1-day 劳动节. */
    public static final int FIRST_YEAR = 2025;

    private StatutoryHolidays() {
    }

    /** The festival days and 补假 days of {@code year}, by date (a shared day once per festival). */
    public static List<HolidayDay> of(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException("《全国年节及纪念日放假办法》（2024 年修订）自 2025 年起施行，不能据此推算 "
                    + year + " 年的节假日");
        }
        Map<Festival, List<LocalDate>> festivals = festivalDays(year);
        Set<LocalDate> off = new HashSet<>();
        festivals.values().forEach(off::addAll);
        Set<LocalDate> claimed = new HashSet<>();
        List<HolidayDay> days = new ArrayList<>();
        List<Festival> inDateOrder = new ArrayList<>(festivals.keySet());
        // Of two festivals starting on one day the longer one owns it, so 中秋 on 1 October is the one made up.
        inDateOrder.sort(Comparator.<Festival, LocalDate>comparing(f -> festivals.get(f).get(0))
                .thenComparing(f -> -festivals.get(f).size()));
        for (Festival festival : inDateOrder) {
            List<LocalDate> own = festivals.get(festival);
            int owed = 0;
            for (LocalDate day : own) {
                days.add(new HolidayDay(day, festival, false));
                boolean sharedWithAnotherFestival = !claimed.add(day);
                if (sharedWithAnotherFestival || isWeekend(day)) {
                    owed++;
                }
            }
            for (LocalDate day = own.get(own.size() - 1).plusDays(1); owed > 0; day = day.plusDays(1)) {
                if (!isWeekend(day) && off.add(day)) {
                    days.add(new HolidayDay(day, festival, true));
                    owed--;
                }
            }
        }
        days.sort(Comparator.comparing(HolidayDay::date).thenComparing(HolidayDay::festival));
        return List.copyOf(days);
    }

    /** Each festival's own days in {@code year}, in order. */
    private static Map<Festival, List<LocalDate>> festivalDays(int year) {
        Map<Festival, List<LocalDate>> days = new EnumMap<>(Festival.class);
        days.put(Festival.NEW_YEAR, List.of(LocalDate.of(year, 1, 1)));
        LocalDate newYearsDay = LunarCalendar.lunarDate(year, 1, 1);
        // 除夕 is the last day of 腊月, the 30th or, in a short month, the 29th: always the eve of 正月初一.
        days.put(Festival.SPRING_FESTIVAL, run(newYearsDay.minusDays(1), 4));
        days.put(Festival.QINGMING, List.of(LunarCalendar.qingming(year)));
        days.put(Festival.LABOUR_DAY, run(LocalDate.of(year, 5, 1), 2));
        days.put(Festival.DRAGON_BOAT, List.of(LunarCalendar.lunarDate(year, 5, 5)));
        days.put(Festival.MID_AUTUMN, List.of(LunarCalendar.lunarDate(year, 8, 15)));
        days.put(Festival.NATIONAL_DAY, run(LocalDate.of(year, 10, 1), 3));
        return days;
    }

    private static List<LocalDate> run(LocalDate first, int length) {
        List<LocalDate> days = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            days.add(first.plusDays(i));
        }
        return days;
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
