package org.onewindow.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
        List<FestivalDays> festivals = festivalDays(year);
        Set<LocalDate> off = new HashSet<>();
        for (FestivalDays festival : festivals) {
            off.addAll(festival.days());
        }
        Set<LocalDate> claimed = new HashSet<>();
        List<HolidayDay> days = new ArrayList<>();
        for (FestivalDays festival : festivals) {
            int owed = 0;
            for (LocalDate day : festival.days()) {
                days.add(new HolidayDay(day, festival.festival(), false));
                boolean sharedWithAnotherFestival = !claimed.add(day);
                if (sharedWithAnotherFestival || isWeekend(day)) {
                    owed++;
                }
            }
            for (LocalDate day = festival.lastDay().plusDays(1); owed > 0; day = day.plusDays(1)) {
                if (!isWeekend(day) && off.add(day)) {
                    days.add(new HolidayDay(day, festival.festival(), true));
                    owed--;
                }
            }
        }
        Collections.sort(days);
        return List.copyOf(days);
    }

    /**
     * A festival's own days in a year. Festivals are taken in date order; of two starting on one day
     * the longer owns it, so 中秋 on 1 October is the one made up.
     */
    private record FestivalDays(Festival festival, List<LocalDate> days) implements Comparable<FestivalDays> {

        LocalDate lastDay() {
            return days.get(days.size() - 1);
        }

        @Override
        public int compareTo(FestivalDays other) {
            int byDate = days.get(0).compareTo(other.days.get(0));
            return byDate != 0 ? byDate : Integer.compare(other.days.size(), days.size());
        }
    }

    /** Each festival's own days in {@code year}, in date order. */
    private static List<FestivalDays> festivalDays(int year) {
        List<FestivalDays> festivals = new ArrayList<>();
        festivals.add(new FestivalDays(Festival.NEW_YEAR, List.of(LocalDate.of(year, 1, 1))));
        LocalDate newYearsDay = LunarCalendar.lunarDate(year, 1, 1);
        // 除夕 is the last day of 腊月, the 30th or, in a short month, the 29th: always the eve of 正月初一.
        festivals.add(new FestivalDays(Festival.SPRING_FESTIVAL, run(newYearsDay.minusDays(1), 4)));
        festivals.add(new FestivalDays(Festival.QINGMING, List.of(LunarCalendar.qingming(year))));
        festivals.add(new FestivalDays(Festival.LABOUR_DAY, run(LocalDate.of(year, 5, 1), 2)));
        festivals.add(new FestivalDays(Festival.DRAGON_BOAT, List.of(LunarCalendar.lunarDate(year, 5, 5))));
        festivals.add(new FestivalDays(Festival.MID_AUTUMN, List.of(LunarCalendar.lunarDate(year, 8, 15))));
        festivals.add(new FestivalDays(Festival.NATIONAL_DAY, run(LocalDate.of(year, 10, 1), 3)));
        Collections.sort(festivals);
        return festivals;
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
