package org.onewindow.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled calendar against the State Council's published holiday notices, and where it ends. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.bundled();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void publishesTheYears2020To2026AndNotThePlaceholderFor2027() {
        assertThat(calendar.coveredFrom()).isEqualTo(day("2020-01-01"));
        assertThat(calendar.publishedUntil()).isEqualTo(day("2026-12-31"));
    }

    @Test
    void reachesFiveWholeYearsPastThePublishedDataOnTheLaw() {
        assertThat(calendar.horizon()).isEqualTo(day("2031-12-31"));
        assertThat(calendar.isProvisional(day("2026-12-31"))).isFalse();
        assertThat(calendar.isProvisional(day("2027-01-01"))).isTrue();
        assertThat(calendar.isProvisional(day("2020-01-01"))).isFalse();
    }

    @Test
    void nationalDayWeek2026IsOffAndTheAdjustedSaturdayAfterItIsWorked() {
        for (int d = 1; d <= 7; d++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, d))).as("2026-10-0%d", d).isFalse();
        }
        assertThat(calendar.isWorkingDay(day("2026-10-08"))).isTrue();
        assertThat(day("2026-10-10").getDayOfWeek().name()).isEqualTo("SATURDAY");
        assertThat(calendar.isWorkingDay(day("2026-10-10"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2026-09-20"))).as("Sunday worked before 国庆").isTrue();
    }

    @Test
    void springFestival2026RunsFromTheFifteenthToTheTwentyThirdOfFebruary() {
        assertThat(calendar.isWorkingDay(day("2026-02-14"))).as("adjusted Saturday").isTrue();
        for (int d = 15; d <= 23; d++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, d))).as("2026-02-%d", d).isFalse();
        }
        assertThat(calendar.isWorkingDay(day("2026-02-24"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2026-02-28"))).as("adjusted Saturday").isTrue();
    }

    @Test
    void theExtendedSpringFestivalOf2020IsOff() {
        assertThat(calendar.isWorkingDay(day("2020-01-31"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2020-01-19"))).as("adjusted Sunday").isTrue();
    }

    @Test
    void ordinaryWeekendsAreOffAndOrdinaryWeekdaysAreWorked() {
        assertThat(calendar.isWorkingDay(day("2026-11-21"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-11-22"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-11-23"))).isTrue();
    }

    @Test
    void addingWorkingDaysSkipsTheHolidayAndCountsTheAdjustedSaturday() {
        assertThat(calendar.addWorkingDays(day("2026-09-30"), 1)).isEqualTo(day("2026-10-08"));
        assertThat(calendar.addWorkingDays(day("2026-09-30"), 3)).isEqualTo(day("2026-10-10"));
        assertThat(calendar.addWorkingDays(day("2026-09-30"), 4)).isEqualTo(day("2026-10-12"));
    }

    @Test
    void addingZeroWorkingDaysGivesTheStartEvenOnADayOff() {
        assertThat(calendar.addWorkingDays(day("2026-10-01"), 0)).isEqualTo(day("2026-10-01"));
    }

    @Test
    void addingFromADayOffCountsFromTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(day("2026-10-03"), 1)).isEqualTo(day("2026-10-08"));
    }

    @Test
    void twentyWorkingDaysFromTodayFallInDecember2026() {
        // 2026-11-24 .. 2026-12-21 holds 20 weekdays and no holiday
        assertThat(calendar.addWorkingDays(day("2026-11-23"), 20)).isEqualTo(day("2026-12-21"));
    }

    @Test
    void october2026HasEighteenWorkingDays() {
        assertThat(calendar.workingDaysBetween(day("2026-09-30"), day("2026-10-31"))).isEqualTo(18);
    }

    @Test
    void countingBackwardsGivesANegativeNumber() {
        assertThat(calendar.workingDaysBetween(day("2026-10-31"), day("2026-09-30"))).isEqualTo(-18);
        assertThat(calendar.workingDaysBetween(day("2026-10-31"), day("2026-10-31"))).isZero();
    }

    @Test
    void refusesADeadlineBeyondTheHorizonWithAMessageForTheClerk() {
        assertThatThrownBy(() -> calendar.addWorkingDays(day("2031-12-20"), 20))
                .isInstanceOf(OutsideCoverageException.class)
                .hasMessageContaining("日历仅覆盖 2020-01-01 至 2031-12-31")
                .hasMessageContaining("2027-01-01 起为按法定节假日推算的暂定日期")
                .hasMessageContaining("无法计算此后的期限（自 2031-12-20 起 20 个工作日）")
                .hasMessageContaining("请联系管理员更新节假日数据")
                .satisfies(e -> assertThat(((OutsideCoverageException) e).day()).isEqualTo(day("2032-01-01")));
    }

    @Test
    void theLastPublishedAndTheLastProvisionalWorkingDaysCanBeReached() {
        assertThat(calendar.addWorkingDays(day("2026-12-30"), 1)).isEqualTo(day("2026-12-31"));
        assertThat(calendar.addWorkingDays(day("2031-12-30"), 1)).isEqualTo(day("2031-12-31"));
    }

    @Test
    void refusesToAnswerForADayAfterTheHorizonOrBeforeTheData() {
        assertThatThrownBy(() -> calendar.isWorkingDay(day("2032-01-05")))
                .isInstanceOf(OutsideCoverageException.class)
                .hasMessageContaining("2032-01-05")
                .satisfies(e -> assertThat(((OutsideCoverageException) e).day()).isEqualTo(day("2032-01-05")));
        assertThatThrownBy(() -> calendar.workingDaysBetween(day("2019-12-31"), day("2020-01-10")))
                .isInstanceOf(OutsideCoverageException.class)
                .hasMessageContaining("无法计算此前的期限");
    }

    @Test
    void refusesANegativeNumberOfWorkingDays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(day("2026-11-23"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("工作日数不能为负数：-1");
    }

    @Test
    void warnsAdministratorsWithinNinetyDaysOfTheEndOfThePublishedData() {
        assertThat(calendar.coverageWarning(day("2026-10-01"))).isEmpty();
        assertThat(calendar.coverageWarning(day("2026-10-02"))).hasValue("节假日数据仅覆盖至 2026-12-31，还剩 90 天；"
                + "此后窗口按《全国年节及纪念日放假办法》推算的法定节假日继续计算期限，日期标注为“暂定”（不含调休），"
                + "直至国务院办公厅发布 2027 年放假安排通知；通知发布后请尽快发布 2027 年节假日数据");
        assertThat(calendar.coverageWarning(day("2026-12-06"))).hasValueSatisfying(w -> assertThat(w)
                .contains("还剩 25 天"));
    }

    @Test
    void warnsOnceThePublishedDataHasEndedThatTheWindowCountsOnProvisionalDates() {
        assertThat(calendar.coverageWarning(day("2027-01-02"))).hasValue("节假日数据已于 2026-12-31 到期；"
                + "在国务院办公厅发布 2027 年放假安排通知之前，窗口按《全国年节及纪念日放假办法》推算的法定节假日继续计算期限，"
                + "此后的日期均标注为“暂定”（不含调休）；通知发布后请尽快发布 2027 年节假日数据");
        assertThat(calendar.coverageWarning(day("2031-12-31"))).hasValueSatisfying(w -> assertThat(w)
                .contains("已于 2026-12-31 到期").contains("暂定").doesNotContain("无法计算"));
    }

    @Test
    void warnsThatNoDeadlineCanBeComputedPastTheHorizon() {
        assertThat(calendar.coverageWarning(day("2032-01-01"))).hasValueSatisfying(w -> assertThat(w)
                .contains("已于 2026-12-31 到期").contains("2031-12-31 用尽").contains("无法计算任何期限"));
    }

    @Test
    void regionalOverridesChangeSingleDaysWithoutTouchingTheBundledCalendar() {
        WorkingCalendar regional = calendar.withOverrides(List.of(
                new DayOverride(day("2026-12-01"), false, "地方民族节日"),
                new DayOverride(day("2026-12-05"), true, "地方调休上班")));

        assertThat(regional.isWorkingDay(day("2026-12-01"))).isFalse();
        assertThat(regional.isWorkingDay(day("2026-12-05"))).isTrue();
        assertThat(regional.addWorkingDays(day("2026-11-30"), 1)).isEqualTo(day("2026-12-02"));
        assertThat(regional.workingDaysBetween(day("2026-11-30"), day("2026-12-06"))).isEqualTo(4);
        assertThat(calendar.isWorkingDay(day("2026-12-01"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2026-12-05"))).isFalse();
    }

    @Test
    void aLaterOverrideOfTheSameDayWins() {
        WorkingCalendar regional = calendar.withOverrides(List.of(
                new DayOverride(day("2026-12-01"), false, "初稿"),
                new DayOverride(day("2026-12-01"), true, "更正")));
        assertThat(regional.isWorkingDay(day("2026-12-01"))).isTrue();
    }

    @Test
    void refusesAnOverrideOutsideTheCoveredRange() {
        assertThatThrownBy(() -> calendar.withOverrides(List.of(new DayOverride(day("2032-02-01"), false, "春节"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2032-02-01")
                .hasMessageContaining("超出日历覆盖范围 2020-01-01 至 2031-12-31");
        assertThatThrownBy(() -> calendar.withOverrides(List.of(new DayOverride(day("2019-12-31"), false, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("超出日历覆盖范围");
    }

    @Test
    void theBundledCalendarIsLoadedOnce() {
        assertThat(WorkingCalendar.bundled()).isSameAs(calendar);
    }
}
