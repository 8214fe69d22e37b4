package org.onewindow.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The law's rules against the State Council's notices for 2025 and 2026 (the bundled data, converted
 * from holiday-cn): would the provisional calendar have been right, had those years been provisional?
 *
 * <p>Found: every festival day and every 补假 day the rules give is a day off in the notice, and each
 * year loses exactly as many working days either way (13). The notices never name a 补假 day; they
 * fold it into a longer break paid for by 调休 (weekend days worked), so the only days that differ
 * are the 调休 swaps: weekdays the notice adds to a break, and the weekend days worked for them.
 */
class StatutoryHolidaysAgainstNoticesTest {

    private static final WorkingCalendar NOTICES = WorkingCalendar.bundled();
    /** The same data up to 2024, with 2025 onwards computed from the law. */
    private static final WorkingCalendar LAW_FROM_2025 = lawFrom2025();

    private static WorkingCalendar lawFrom2025() {
        CalendarFile.Contents contents = CalendarFile.readBundled();
        LocalDate end2024 = LocalDate.of(2024, 12, 31);
        return WorkingCalendar.of(contents.coveredFrom(), end2024,
                contents.listedDays().stream().filter(d -> !d.date().isAfter(end2024)).toList());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everyDayOffTheLawGivesIn2025And2026IsOffInTheNotice() {
        for (int year : List.of(2025, 2026)) {
            for (HolidayDay holiday : StatutoryHolidays.of(year)) {
                assertThat(NOTICES.isWorkingDay(holiday.date())).as("%s %s", holiday.date(), holiday.name()).isFalse();
            }
        }
    }

    @Test
    void theMadeUpDaysTheLawPlacesLieInsideTheNoticesBreaks() {
        assertThat(StatutoryHolidays.of(2025)).filteredOn(HolidayDay::madeUp).extracting(HolidayDay::date)
                .containsExactly(day("2025-06-02")); // 端午 on Saturday 31 May; the notice: 31 May to 2 June
        assertThat(StatutoryHolidays.of(2026)).filteredOn(HolidayDay::madeUp).extracting(HolidayDay::date)
                .containsExactly(day("2026-04-06"), day("2026-05-04"), day("2026-10-05"));
        // 清明 on Sunday 5 April (notice: 4–6 April), 2 May a Saturday (1–5 May), 3 October a Saturday (1–7 October)
    }

    @Test
    void eachYearLosesTheSameNumberOfWorkingDaysUnderTheLawAsUnderTheNotice() {
        for (int year : List.of(2025, 2026)) {
            LocalDate before = LocalDate.of(year - 1, 12, 31);
            LocalDate end = LocalDate.of(year, 12, 31);
            assertThat(LAW_FROM_2025.workingDaysBetween(before, end)).as("%d", year)
                    .isEqualTo(NOTICES.workingDaysBetween(before, end));
        }
        assertThat(NOTICES.workingDaysBetween(day("2025-12-31"), day("2026-12-31"))).isEqualTo(261 - 13);
    }

    @Test
    void theDaysThatDifferAreTheAdjustedSwapsOfTheNotices() {
        assertThat(differingDays(2025)).containsExactly(
                "2025-01-26 work", "2025-02-03 off", "2025-02-04 off", "2025-02-08 work", // 春节
                "2025-04-27 work", "2025-05-05 off", // 劳动节
                "2025-09-28 work", "2025-10-07 off", "2025-10-08 off", "2025-10-11 work"); // 国庆节、中秋节
        assertThat(differingDays(2026)).containsExactly(
                "2026-01-02 off", "2026-01-04 work", // 元旦
                "2026-02-14 work", "2026-02-20 off", "2026-02-23 off", "2026-02-28 work", // 春节
                "2026-05-05 off", "2026-05-09 work", // 劳动节
                "2026-09-20 work", "2026-10-06 off", "2026-10-07 off", "2026-10-10 work"); // 国庆节
    }

    /** The days of {@code year} the notice treats otherwise than the law, with what the notice says. */
    private static Set<String> differingDays(int year) {
        Set<String> days = new TreeSet<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean worked = NOTICES.isWorkingDay(d);
            if (worked != LAW_FROM_2025.isWorkingDay(d)) {
                days.add(d + (worked ? " work" : " off"));
            }
        }
        return days;
    }

    @Test
    void the2020NoticeGaveMidAutumnItsOwnDayWhenItFellOnNationalDay() {
        // 中秋 was 1 October 2020; 1–8 October off, Sunday 27 September and Saturday 10 October worked
        LocalDate from = day("2020-09-20");
        LocalDate to = day("2020-10-15");
        int weekdays = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            weekdays += StatutoryHolidays.isWeekend(d) ? 0 : 1;
        }
        assertThat(weekdays - NOTICES.workingDaysBetween(from, to)).as("国庆 3 days + 中秋 1 day").isEqualTo(4);
    }

    @Test
    void aProvisionalDeadlineIn2025Or2026WouldHaveBeenUpToNineDaysLaterOrSixDaysEarlierThanTheNotices() {
        int noticeEarlier = 0;
        int noticeLater = 0;
        for (LocalDate start = day("2024-12-01"); start.isBefore(day("2026-11-01")); start = start.plusDays(1)) {
            for (int n = 1; n <= 60; n++) {
                int shift = (int) (NOTICES.addWorkingDays(start, n).toEpochDay() - LAW_FROM_2025.addWorkingDays(start, n).toEpochDay());
                noticeLater = Math.max(noticeLater, shift);
                noticeEarlier = Math.min(noticeEarlier, shift);
            }
        }
        // 2026-01-02 + 32: the notice gives Saturday 14 February (worked, 调休), the law Monday 23 February.
        // 2026-02-14 + 49: the notice gives 6 May (1–5 May off), the law 30 April.
        assertThat(NOTICES.addWorkingDays(day("2026-01-02"), 32)).isEqualTo(day("2026-02-14"));
        assertThat(LAW_FROM_2025.addWorkingDays(day("2026-01-02"), 32)).isEqualTo(day("2026-02-23"));
        assertThat(List.of(noticeEarlier, noticeLater)).containsExactly(-9, 6);
    }
}
