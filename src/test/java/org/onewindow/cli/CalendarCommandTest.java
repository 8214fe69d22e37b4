package org.onewindow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code onewindow calendar …} as administrators use it to check the calendar in force at an installation. */
class CalendarCommandTest {

    @TempDir
    Path dataDir;

    private CommandLineRun calendar(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "calendar";
        System.arraycopy(args, 0, all, 3, args.length);
        return CommandLineRun.of(all);
    }

    @Test
    void printsTheDueDateAcrossNationalDay() {
        CommandLineRun run = calendar("due", "--from", "2026-09-30", "--days", "3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("2026-10-10");
    }

    @Test
    void aDueDatePastThePublishedHolidaysIsGivenAndSaidToBeProvisional() {
        CommandLineRun run = calendar("due", "--from", "2026-12-03", "--days", "21");
        assertThat(run.exitCode()).isZero();
        // 元旦 (1 January 2027) is the law's holiday whatever the notice will say
        assertThat(run.out().strip()).isEqualTo("2027-01-04（暂定，待国务院公布2027年节假日安排后校准）");
    }

    @Test
    void refusesADueDatePastTheCalendarsHorizonWithTheChineseMessage() {
        CommandLineRun run = calendar("due", "--from", "2031-12-20", "--days", "20");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("2020-01-01").contains("2031-12-31");
    }

    @Test
    void refusesAnImpossibleDate() {
        CommandLineRun run = calendar("due", "--from", "2026-02-30", "--days", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("日期“2026-02-30”无效：应为真实存在的日期，格式 YYYY-MM-DD，例如 2026-11-23");
    }

    @Test
    void refusesANegativeNumberOfDays() {
        CommandLineRun run = calendar("due", "--from", "2026-11-23", "--days", "-1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("工作日数不能为负数：-1");
    }

    @Test
    void refusesANumberOfDaysThatIsNotANumber() {
        CommandLineRun run = calendar("due", "--from", "2026-11-23", "--days", "二十");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("工作日数“二十”无效：应为整数，例如 20");
    }

    @Test
    void countsTheWorkingDaysBetweenTwoDates() {
        CommandLineRun run = calendar("between", "--from", "2026-09-30", "--to", "2026-10-31");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("18");
    }

    @Test
    void printsThePublishedAndTheProvisionalRange() {
        CommandLineRun run = calendar("coverage");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("已公布：2020-01-01 至 2026-12-31\n暂定（按《全国年节及纪念日放假办法》推算）：2027-01-01 至 2031-12-31");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertThat(calendar("due", "--from", "2026-11-23").exitCode()).isEqualTo(2);
    }
}
