package org.onewindow.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.onewindow.app.Workstation;
import org.onewindow.domain.Problem;
import org.onewindow.domain.calendar.DueDate;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow calendar due|between|coverage}: administrators check the working-day calendar in force
 * at this installation (bundled national data, data the centre published, regional changes) against the
 * published notices. Past the published data the answers are provisional (暂定), counted on the law's
 * holidays, and say so. Errors (a bad date, a day past the calendar's horizon) exit 1 with the message the
 * window would show.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, description = "工作日历：计算期限、统计工作日、查看数据覆盖范围",
        subcommands = {CalendarCommand.Due.class, CalendarCommand.Between.class, CalendarCommand.Coverage.class})
public final class CalendarCommand {

    static final int FAILED = 1;

    @Command(name = "due", mixinStandardHelpOptions = true, description = "自起算日起第 N 个工作日（起算日当天不计）")
    static final class Due implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "起算日期，格式 YYYY-MM-DD")
        String from;

        @Option(names = "--days", required = true, paramLabel = "N", description = "工作日数（非负整数）")
        String days;

        @Override
        public Integer call() {
            return answer(spec, calendar -> {
                DueDate due = calendar.due(date(from), count(days));
                return due.date() + (due.provisional() ? provisional(due.date().getYear()) : "");
            });
        }
    }

    @Command(name = "between", mixinStandardHelpOptions = true,
            description = "两个日期之间的工作日数（不含起始日，含截止日；截止日在前时为负数）")
    static final class Between implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "起始日期（不计入），格式 YYYY-MM-DD")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "截止日期（计入），格式 YYYY-MM-DD")
        String to;

        @Override
        public Integer call() {
            return answer(spec, calendar -> {
                LocalDate first = date(from);
                LocalDate last = date(to);
                LocalDate later = last.isAfter(first) ? last : first;
                return calendar.workingDaysBetween(first, last)
                        + (calendar.isProvisional(later) ? provisional(later.getYear()) : "");
            });
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true, description = "节假日数据的覆盖范围，临近到期时给出提醒")
    static final class Coverage implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workstation workstation = Launcher.workstation(spec)) {
                WorkingCalendar calendar = workstation.calendar();
                PrintWriter out = spec.commandLine().getOut();
                out.println("已公布：" + calendar.coveredFrom() + " 至 " + calendar.publishedUntil());
                out.println("暂定（按《全国年节及纪念日放假办法》推算）：" + calendar.publishedUntil().plusDays(1) + " 至 "
                        + calendar.horizon());
                calendar.coverageWarning(workstation.dueDates().today()).ifPresent(out::println);
                out.flush();
                return 0;
            }
        }
    }

    /** A computation on the calendar in force that may refuse with a message for the user. */
    private interface Answer {
        String compute(WorkingCalendar calendar);
    }

    /** What follows a provisional answer, as the receipt says it. */
    private static String provisional(int year) {
        return "（暂定，待国务院公布" + year + "年节假日安排后校准）";
    }

    private static int answer(CommandSpec spec, Answer answer) {
        try (Workstation workstation = Launcher.workstation(spec)) {
            String result = answer.compute(workstation.calendar());
            spec.commandLine().getOut().println(result);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (OutsideCoverageException | Problem.InvalidInput | IllegalArgumentException e) {
            // DateTimeParseException is not among them: date() turns it into a Problem.InvalidInput.
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return FAILED;
        }
    }

    /** Parsed here rather than by picocli, so a typing mistake gets a Chinese message. */
    private static int count(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Problem.InvalidInput("工作日数“" + text + "”无效：应为整数，例如 20");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Problem.InvalidInput("日期“" + text + "”无效：应为真实存在的日期，格式 YYYY-MM-DD，例如 2026-11-23");
        }
    }
}
