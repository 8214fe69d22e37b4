package org.onewindow.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The law's holidays (全国年节及纪念日放假办法, 2024 revision) over the years after the published data,
 * against dates known from the almanac and, for whole ranges of years, against the lunar library's
 * own day-by-day conversion (a different path through it than the month tables the rules use).
 */
class StatutoryHolidaysTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> festivalDays(int year, Festival festival) {
        return StatutoryHolidays.of(year).stream().filter(d -> d.festival() == festival && !d.madeUp())
                .map(HolidayDay::date).toList();
    }

    private static List<String> madeUpDays(int year) {
        return StatutoryHolidays.of(year).stream().filter(HolidayDay::madeUp)
                .map(d -> d.date() + " " + d.name()).toList();
    }

    @Test
    void springFestival2027RunsFromTheEveOnTheFifthOfFebruary() {
        // 正月初一 is 6 Feb 2027 (the new moon falls at 23:56 Beijing time); ICU4J puts it on 7 Feb.
        assertThat(festivalDays(2027, Festival.SPRING_FESTIVAL))
                .containsExactly(day("2027-02-05"), day("2027-02-06"), day("2027-02-07"), day("2027-02-08"));
    }

    @Test
    void theEveIsTheTwentyNinthOfTheTwelfthMonthWhenThatMonthIsShort() {
        Lunar eve2027 = Solar.fromYmd(2027, 2, 5).getLunar();
        assertThat(List.of(eve2027.getMonth(), eve2027.getDay())).as("2027 除夕 is 腊月廿九").containsExactly(12, 29);
        Lunar eve2030 = Solar.fromYmd(2030, 2, 2).getLunar();
        assertThat(List.of(eve2030.getMonth(), eve2030.getDay())).as("2030 除夕 is 腊月三十").containsExactly(12, 30);

        assertThat(festivalDays(2027, Festival.SPRING_FESTIVAL).get(0)).isEqualTo(day("2027-02-05"));
        assertThat(festivalDays(2030, Festival.SPRING_FESTIVAL).get(0)).isEqualTo(day("2030-02-02"));
    }

    @Test
    void springFestivalsOf2028To2030AreTheKnownDates() {
        assertThat(festivalDays(2028, Festival.SPRING_FESTIVAL))
                .containsExactly(day("2028-01-25"), day("2028-01-26"), day("2028-01-27"), day("2028-01-28"));
        assertThat(festivalDays(2029, Festival.SPRING_FESTIVAL))
                .containsExactly(day("2029-02-12"), day("2029-02-13"), day("2029-02-14"), day("2029-02-15"));
        assertThat(festivalDays(2030, Festival.SPRING_FESTIVAL))
                .containsExactly(day("2030-02-02"), day("2030-02-03"), day("2030-02-04"), day("2030-02-05"));
    }

    @Test
    void qingmingIsTheDayOfTheSolarTerm() {
        assertThat(festivalDays(2027, Festival.QINGMING)).containsExactly(day("2027-04-05"));
        assertThat(festivalDays(2028, Festival.QINGMING)).containsExactly(day("2028-04-04"));
        assertThat(festivalDays(2029, Festival.QINGMING)).containsExactly(day("2029-04-04"));
        assertThat(festivalDays(2030, Festival.QINGMING)).containsExactly(day("2030-04-05"));
    }

    @Test
    void dragonBoatAndMidAutumnFollowTheLunarCalendar() {
        assertThat(festivalDays(2027, Festival.DRAGON_BOAT)).containsExactly(day("2027-06-09"));
        assertThat(festivalDays(2028, Festival.DRAGON_BOAT)).containsExactly(day("2028-05-28"));
        assertThat(festivalDays(2029, Festival.DRAGON_BOAT)).containsExactly(day("2029-06-16"));
        assertThat(festivalDays(2030, Festival.DRAGON_BOAT)).containsExactly(day("2030-06-05"));
        assertThat(festivalDays(2027, Festival.MID_AUTUMN)).containsExactly(day("2027-09-15"));
        assertThat(festivalDays(2028, Festival.MID_AUTUMN)).containsExactly(day("2028-10-03"));
        assertThat(festivalDays(2029, Festival.MID_AUTUMN)).containsExactly(day("2029-09-22"));
        assertThat(festivalDays(2030, Festival.MID_AUTUMN)).containsExactly(day("2030-09-12"));
    }

    @Test
    void fixedFestivalsKeepTheirDates() {
        assertThat(festivalDays(2029, Festival.NEW_YEAR)).containsExactly(day("2029-01-01"));
        assertThat(festivalDays(2029, Festival.LABOUR_DAY)).containsExactly(day("2029-05-01"), day("2029-05-02"));
        assertThat(festivalDays(2029, Festival.NATIONAL_DAY))
                .containsExactly(day("2029-10-01"), day("2029-10-02"), day("2029-10-03"));
    }

    @Test
    void festivalDaysOnAWeekendAreMadeUpOnTheWorkingDaysAfterTheHoliday2027() {
        assertThat(day("2027-02-06").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(madeUpDays(2027)).containsExactly(
                "2027-02-09 春节补假", "2027-02-10 春节补假", // 初一 and 初二 on Saturday and Sunday, after 初三 (Monday)
                "2027-05-03 劳动节补假", "2027-05-04 劳动节补假", // 1–2 May on Saturday and Sunday
                "2027-10-04 国庆节补假", "2027-10-05 国庆节补假"); // 2–3 October on Saturday and Sunday
    }

    @Test
    void festivalDaysOnAWeekendAreMadeUpIn2028To2030() {
        assertThat(day("2028-01-01").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(madeUpDays(2028)).startsWith("2028-01-03 元旦补假", "2028-05-29 端午节补假");
        assertThat(madeUpDays(2029)).containsExactly("2029-06-18 端午节补假", "2029-09-24 中秋节补假");
        // 除夕 on Saturday and 初一 on Sunday: made up on Wednesday and Thursday after 初三
        assertThat(madeUpDays(2030)).containsExactly("2030-02-06 春节补假", "2030-02-07 春节补假");
    }

    @Test
    void midAutumnOnANationalDayIsMadeUpAfterIt() {
        // 2028: 中秋 on 3 October, 国庆's third day; 1 October is a Sunday
        assertThat(madeUpDays(2028)).endsWith("2028-10-04 国庆节补假", "2028-10-05 中秋节补假");
        assertThat(daysOff(2028, "2028-09-30", "2028-10-08"))
                .containsExactly(day("2028-10-01"), day("2028-10-02"), day("2028-10-03"), day("2028-10-04"), day("2028-10-05"));
        // 2031: 中秋 on 1 October, as in 2020; 国庆 owns the day and 中秋 is made up on the next working day
        assertThat(madeUpDays(2031)).contains("2031-10-06 中秋节补假");
        assertThat(StatutoryHolidays.of(2031)).filteredOn(d -> d.date().equals(day("2031-10-01")))
                .extracting(HolidayDay::name).containsExactly("中秋节", "国庆节");
    }

    private static Set<LocalDate> daysOff(int year, String from, String to) {
        return StatutoryHolidays.of(year).stream().map(HolidayDay::date)
                .filter(d -> !d.isBefore(day(from)) && !d.isAfter(day(to)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyYearTheLawTakesExactlyThirteenWorkingDays() {
        for (int year = StatutoryHolidays.FIRST_YEAR; year <= 2100; year++) {
            List<HolidayDay> days = StatutoryHolidays.of(year);
            assertThat(days.stream().filter(d -> !d.madeUp())).as("festival days of %d", year).hasSize(13);
            Set<LocalDate> weekdaysOff = days.stream().map(HolidayDay::date).filter(d -> !StatutoryHolidays.isWeekend(d))
                    .collect(Collectors.toSet());
            assertThat(weekdaysOff).as("weekdays off in %d", year).hasSize(13);
        }
    }

    @Test
    void madeUpDaysAreWeekdaysAfterTheirFestivalThatNoFestivalHolds() {
        for (int year = StatutoryHolidays.FIRST_YEAR; year <= 2100; year++) {
            List<HolidayDay> days = StatutoryHolidays.of(year);
            Set<LocalDate> festivalDates = new HashSet<>();
            days.stream().filter(d -> !d.madeUp()).forEach(d -> festivalDates.add(d.date()));
            for (HolidayDay madeUp : days.stream().filter(HolidayDay::madeUp).toList()) {
                LocalDate lastFestivalDay = days.stream().filter(d -> !d.madeUp() && d.festival() == madeUp.festival())
                        .map(HolidayDay::date).max(LocalDate::compareTo).orElseThrow();
                assertThat(madeUp.date()).as("%s", madeUp).isAfter(lastFestivalDay).isBefore(lastFestivalDay.plusDays(10));
                assertThat(StatutoryHolidays.isWeekend(madeUp.date())).as("%s", madeUp).isFalse();
                assertThat(festivalDates).as("%s", madeUp).doesNotContain(madeUp.date());
            }
        }
    }

    @Test
    void lunarFestivalsAgreeWithTheLibrarysDayByDayConversion() {
        for (int year = StatutoryHolidays.FIRST_YEAR; year <= 2100; year++) {
            LocalDate newYearsDay = festivalDays(year, Festival.SPRING_FESTIVAL).get(1);
            assertThat(lunarMonthAndDay(newYearsDay)).as("正月初一 %d", year).containsExactly(1, 1);
            assertThat(lunarMonthAndDay(newYearsDay.minusDays(1)).get(0)).as("除夕 %d", year).isEqualTo(12);
            assertThat(lunarMonthAndDay(festivalDays(year, Festival.DRAGON_BOAT).get(0))).as("端午 %d", year).containsExactly(5, 5);
            assertThat(lunarMonthAndDay(festivalDays(year, Festival.MID_AUTUMN).get(0))).as("中秋 %d", year).containsExactly(8, 15);
            LocalDate qingming = festivalDays(year, Festival.QINGMING).get(0);
            assertThat(solar(qingming).getLunar().getJieQi()).as("清明 %d", year).isEqualTo("清明");
            assertThat(qingming.getDayOfMonth()).as("清明 %d", year).isBetween(4, 5);
        }
    }

    private static Solar solar(LocalDate date) {
        return Solar.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static List<Integer> lunarMonthAndDay(LocalDate date) {
        Lunar lunar = solar(date).getLunar();
        return List.of(lunar.getMonth(), lunar.getDay());
    }

    @Test
    void refusesYearsBeforeThe2024RevisionTookEffect() {
        assertThatThrownBy(() -> StatutoryHolidays.of(2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("自 2025 年起施行");
    }
}
