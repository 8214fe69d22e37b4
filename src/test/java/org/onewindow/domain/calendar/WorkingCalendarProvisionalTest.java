package org.onewindow.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The provisional part of the bundled calendar (暂定, decision record 0014), and what publishing a year does to it. */
class WorkingCalendarProvisionalTest {

    private final WorkingCalendar calendar = WorkingCalendar.bundled();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * A 2027 notice as the State Council might write it (the real one is not out): the law's days off,
     * and 国庆 stretched to 1–7 October by working Sunday 26 September and Saturday 9 October.
     */
    private static List<DayOverride> notice2027() {
        List<DayOverride> days = new ArrayList<>();
        StatutoryHolidays.of(2027).forEach(h -> days.add(new DayOverride(h.date(), false, h.festival().chineseName())));
        days.add(new DayOverride(day("2027-09-26"), true, "国庆节"));
        days.add(new DayOverride(day("2027-10-06"), false, "国庆节"));
        days.add(new DayOverride(day("2027-10-07"), false, "国庆节"));
        days.add(new DayOverride(day("2027-10-09"), true, "国庆节"));
        return days;
    }

    @Test
    void twentyWorkingDaysFrom28December2026AreProvisionalAndSkipNewYearsDay2027() {
        // Dec 29, 30, 31; 1 Jan 2027 (Friday) is 元旦; then 17 weekdays from 4 to 26 January
        assertThat(calendar.due(day("2026-12-28"), 20)).isEqualTo(new DueDate(day("2027-01-26"), true));
        assertThat(calendar.workingDaysBetween(day("2026-12-28"), day("2027-01-26"))).isEqualTo(20);
    }

    @Test
    void aDeadlineInsideThePublishedDataIsNotProvisional() {
        assertThat(calendar.due(day("2026-11-23"), 20)).isEqualTo(new DueDate(day("2026-12-21"), false));
        assertThat(calendar.due(day("2026-12-30"), 1)).isEqualTo(new DueDate(day("2026-12-31"), false));
        assertThat(calendar.due(day("2026-12-31"), 0)).isEqualTo(new DueDate(day("2026-12-31"), false));
        assertThat(calendar.due(day("2026-12-31"), 1)).isEqualTo(new DueDate(day("2027-01-04"), true));
        assertThat(calendar.due(day("2027-01-04"), 0)).isEqualTo(new DueDate(day("2027-01-04"), true));
    }

    @Test
    void provisionalDaysAreTheLawsHolidaysWithTheirMadeUpDaysAndNoAdjustedWeekends() {
        assertThat(calendar.isWorkingDay(day("2027-01-01"))).as("元旦").isFalse();
        for (String off : List.of("2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-04-05", "2027-05-03",
                "2027-05-04", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-04", "2027-10-05")) {
            assertThat(calendar.isWorkingDay(day(off))).as(off).isFalse();
        }
        assertThat(calendar.isWorkingDay(day("2027-02-04"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2027-02-11"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2027-10-06"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2027-09-26"))).as("a Sunday stays off: no 调休 before the notice").isFalse();
        assertThat(calendar.workingDaysBetween(day("2026-12-31"), day("2027-12-31")))
                .as("261 weekdays in 2027 less the law's 13").isEqualTo(248);
    }

    @Test
    void countingRunsAcrossTheEndOfThePublishedData() {
        // 25 and 28–31 December (published), 4–8 January 2027 (provisional); 1 January is 元旦
        assertThat(calendar.workingDaysBetween(day("2026-12-24"), day("2027-01-08"))).isEqualTo(10);
        assertThat(calendar.addWorkingDays(day("2027-09-30"), 1)).isEqualTo(day("2027-10-06"));
    }

    @Test
    void publishing2027MakesItPublishedAndMovesTheProvisionalPartOn() {
        WorkingCalendar published = calendar.withPublishedYear(2027, notice2027());

        assertThat(published.publishedUntil()).isEqualTo(day("2027-12-31"));
        assertThat(published.horizon()).isEqualTo(day("2032-12-31"));
        assertThat(published.coveredFrom()).isEqualTo(day("2020-01-01"));
        assertThat(published.isProvisional(day("2027-12-31"))).isFalse();
        assertThat(published.isProvisional(day("2028-01-01"))).isTrue();
        assertThat(published.due(day("2026-12-28"), 20)).isEqualTo(new DueDate(day("2027-01-26"), false));
        assertThat(published.due(day("2027-12-20"), 20)).extracting(DueDate::provisional).isEqualTo(true);
        assertThat(published.isWorkingDay(day("2032-10-01"))).as("国庆 2032, computed for the new horizon").isFalse();
        assertThat(published.coverageWarning(day("2027-01-02"))).isEmpty();
        assertThat(calendar.publishedUntil()).as("the calendar it came from is unchanged").isEqualTo(day("2026-12-31"));
    }

    @Test
    void publishing2027ChangesResultsExactlyWhereTheNoticeDiffersFromTheLaw() {
        WorkingCalendar published = calendar.withPublishedYear(2027, notice2027());

        Set<LocalDate> differing = new TreeSet<>();
        for (LocalDate d = day("2020-01-01"); !d.isAfter(day("2031-12-31")); d = d.plusDays(1)) {
            if (published.isWorkingDay(d) != calendar.isWorkingDay(d)) {
                differing.add(d);
            }
        }
        assertThat(differing).containsExactly(day("2027-09-26"), day("2027-10-06"), day("2027-10-07"), day("2027-10-09"));

        int changed = 0;
        for (LocalDate start = day("2026-11-01"); start.isBefore(day("2028-01-01")); start = start.plusDays(1)) {
            for (int n = 0; n <= 60; n++) {
                LocalDate before = calendar.addWorkingDays(start, n);
                LocalDate after = published.addWorkingDays(start, n);
                LocalDate end = before.isAfter(after) ? before : after;
                LocalDate from = start;
                boolean spansADifference = differing.stream().anyMatch(d -> d.isAfter(from) && !d.isAfter(end));
                if (!spansADifference) {
                    assertThat(after).as("%s + %d", start, n).isEqualTo(before);
                } else if (!after.equals(before)) {
                    changed++;
                }
            }
        }
        assertThat(changed).isPositive();
        assertThat(published.due(day("2027-09-28"), 5)).as("later: 1–7 October off, Saturday 9 October worked")
                .isEqualTo(new DueDate(day("2027-10-11"), false));
        assertThat(calendar.due(day("2027-09-28"), 5)).isEqualTo(new DueDate(day("2027-10-08"), true));
        assertThat(published.due(day("2027-09-24"), 1)).as("earlier: Sunday 26 September worked")
                .isEqualTo(new DueDate(day("2027-09-26"), false));
        assertThat(calendar.due(day("2027-09-24"), 1)).isEqualTo(new DueDate(day("2027-09-27"), true));
    }

    @Test
    void aNoticeMayListTheLastDaysOfTheYearBefore() {
        List<DayOverride> days = new ArrayList<>(notice2027());
        days.add(new DayOverride(day("2026-12-26"), true, "元旦"));
        WorkingCalendar published = calendar.withPublishedYear(2027, days);

        assertThat(calendar.isWorkingDay(day("2026-12-26"))).isFalse();
        assertThat(published.isWorkingDay(day("2026-12-26"))).isTrue();
    }

    @Test
    void publishedYearsMustFollowThePublishedData() {
        assertThatThrownBy(() -> calendar.withPublishedYear(2028, List.of(new DayOverride(day("2028-01-01"), false, "元旦"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("节假日数据须按年连续发布：现有数据至 2026-12-31，不能发布 2028 年");
        assertThatThrownBy(() -> calendar.withPublishedYear(2026, List.of(new DayOverride(day("2026-01-01"), false, "元旦"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不能发布 2026 年");
        WorkingCalendar twoYears = calendar.withPublishedYear(2027, notice2027())
                .withPublishedYear(2028, List.of(new DayOverride(day("2028-01-03"), false, "元旦")));
        assertThat(twoYears.publishedUntil()).isEqualTo(day("2028-12-31"));
        assertThat(twoYears.horizon()).isEqualTo(day("2033-12-31"));
    }

    @Test
    void refusesAnEmptyYearAndDaysOutsideIt() {
        assertThatThrownBy(() -> calendar.withPublishedYear(2027, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2027 年的节假日数据没有列出任何日期，不能作为已发布数据");
        assertThatThrownBy(() -> calendar.withPublishedYear(2027, List.of(new DayOverride(day("2028-01-01"), false, "元旦"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2027 年节假日数据中的日期 2028-01-01（元旦）不在 2026-12-01 至 2027-12-31 之内");
        assertThatThrownBy(() -> calendar.withPublishedYear(2027, List.of(new DayOverride(day("2026-11-30"), true, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-11-30");
    }

    @Test
    void aRegionsChangesApplyOnProvisionalDaysAndStayWhenTheYearIsPublished() {
        DayOverride festival = new DayOverride(day("2027-04-09"), false, "地方民族节日");
        WorkingCalendar regional = calendar.withOverrides(List.of(festival));

        assertThat(calendar.due(day("2027-04-08"), 1)).isEqualTo(new DueDate(day("2027-04-09"), true));
        assertThat(regional.due(day("2027-04-08"), 1)).isEqualTo(new DueDate(day("2027-04-12"), true));

        WorkingCalendar regionalThenPublished = regional.withPublishedYear(2027, notice2027());
        WorkingCalendar publishedThenRegional = calendar.withPublishedYear(2027, notice2027()).withOverrides(List.of(festival));
        assertThat(regionalThenPublished.due(day("2027-04-08"), 1)).isEqualTo(new DueDate(day("2027-04-12"), false));
        for (LocalDate d = day("2020-01-01"); !d.isAfter(day("2032-12-31")); d = d.plusDays(1)) {
            assertThat(regionalThenPublished.isWorkingDay(d)).as("%s", d).isEqualTo(publishedThenRegional.isWorkingDay(d));
        }
    }

    @Test
    void aRegionsChangeWinsOverTheNoticePublishedAfterIt() {
        WorkingCalendar regional = calendar.withOverrides(List.of(new DayOverride(day("2027-10-06"), true, "地方调整")));
        assertThat(regional.withPublishedYear(2027, notice2027()).isWorkingDay(day("2027-10-06"))).isTrue();
    }

    @Test
    void aRegionalChangeDoesNotMakeAProvisionalDayPublished() {
        WorkingCalendar regional = calendar.withOverrides(List.of(new DayOverride(day("2027-04-09"), false, "地方民族节日")));
        assertThat(regional.isProvisional(day("2027-04-09"))).isTrue();
        assertThat(regional.publishedUntil()).isEqualTo(day("2026-12-31"));
        assertThat(regional.horizon()).isEqualTo(day("2031-12-31"));
    }

    @Test
    void publishedDataMustReachTheFirstYearOfTheLawsRevision() {
        assertThat(WorkingCalendar.of(day("2024-01-01"), day("2024-12-31"), List.of()).horizon()).isEqualTo(day("2029-12-31"));
        assertThatThrownBy(() -> WorkingCalendar.of(day("2023-01-01"), day("2023-12-31"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("不能据此推算 2024 年的节假日");
    }
}
