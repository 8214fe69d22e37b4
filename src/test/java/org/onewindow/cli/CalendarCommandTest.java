package org.onewindow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code onewindow calendar …} as administrators use it to check the calendar data. */
class CalendarCommandTest {

    @Test
    void printsTheDueDateAcrossNationalDay() {
        CommandLineRun run = CommandLineRun.of("calendar", "due", "--from", "2026-09-30", "--days", "3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("2026-10-10");
    }

    @Test
    void refusesADueDateBeyondTheDataWithTheChineseMessage() {
        CommandLineRun run = CommandLineRun.of("calendar", "due", "--from", "2026-12-20", "--days", "20");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("日历数据仅覆盖 2020-01-01 至 2026-12-31").contains("请联系管理员更新节假日数据");
    }

    @Test
    void refusesAnImpossibleDate() {
        CommandLineRun run = CommandLineRun.of("calendar", "due", "--from", "2026-02-30", "--days", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("日期“2026-02-30”无效：应为真实存在的日期，格式 YYYY-MM-DD，例如 2026-11-23");
    }

    @Test
    void refusesANegativeNumberOfDays() {
        CommandLineRun run = CommandLineRun.of("calendar", "due", "--from", "2026-11-23", "--days", "-1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("工作日数不能为负数：-1");
    }

    @Test
    void refusesANumberOfDaysThatIsNotANumber() {
        CommandLineRun run = CommandLineRun.of("calendar", "due", "--from", "2026-11-23", "--days", "二十");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("工作日数“二十”无效：应为整数，例如 20");
    }

    @Test
    void countsTheWorkingDaysBetweenTwoDates() {
        CommandLineRun run = CommandLineRun.of("calendar", "between", "--from", "2026-09-30", "--to", "2026-10-31");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("18");
    }

    @Test
    void printsTheCoveredRange() {
        CommandLineRun run = CommandLineRun.of("calendar", "coverage");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("2020-01-01 至 2026-12-31");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertThat(CommandLineRun.of("calendar", "due", "--from", "2026-11-23").exitCode()).isEqualTo(2);
    }
}
