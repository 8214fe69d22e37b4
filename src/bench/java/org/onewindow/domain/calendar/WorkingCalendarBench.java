package org.onewindow.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Prints what the calendar costs on the save path: adding 20 working days (the statutory limit) from
 * starts in the published data and in the provisional years, their ratio, and counting the working
 * days between two dates, per call; and what building the bundled calendar costs in a fresh JVM, as
 * the window's start path pays it. Run with {@code mvn -Pbench verify}.
 */
class WorkingCalendarBench {

    private static final int CALLS = 1_000_000;
    private static final int ROUNDS = 7;
    private static final int FRESH_JVMS = 5;

    @Test
    void addingAndCountingWorkingDays() {
        WorkingCalendar calendar = WorkingCalendar.bundled();
        LocalDate[] published = starts(calendar.coveredFrom(), calendar.publishedUntil());
        LocalDate[] provisional = starts(calendar.publishedUntil().plusDays(1), calendar.horizon());
        long sink = 0;
        double[] addPublished = new double[ROUNDS];
        double[] addProvisional = new double[ROUNDS];
        double[] between = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += calendar.addWorkingDays(published[i & 1023], 20).getDayOfMonth();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += calendar.addWorkingDays(provisional[i & 1023], 20).getDayOfMonth();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += calendar.workingDaysBetween(published[i & 1023], provisional[(i + 1) & 1023]);
            }
            long t3 = System.nanoTime();
            addPublished[round] = (t1 - t0) / (double) CALLS;
            addProvisional[round] = (t2 - t1) / (double) CALLS;
            between[round] = (t3 - t2) / (double) CALLS;
        }
        double onPublished = median(addPublished);
        double onProvisional = median(addProvisional);
        System.out.printf("WorkingCalendar: addWorkingDays(start, 20) median %.1f ns/call from published starts (%s..%s), "
                + "%.1f ns/call from provisional starts (%s..%s); ratio provisional/published %.2f (target <= 2) %s%n",
                onPublished, published[0], calendar.publishedUntil(), onProvisional, provisional[0], calendar.horizon(),
                onProvisional / onPublished, onProvisional / onPublished <= 2 ? "OK" : "MISSED");
        System.out.printf("WorkingCalendar: workingDaysBetween median %.1f ns/call (%d rounds of %d calls; sink %d)%n",
                median(between), ROUNDS, CALLS, sink);
    }

    /** 1024 starts spread over {@code first..last}, leaving room for 20 working days before the end. */
    private static LocalDate[] starts(LocalDate first, LocalDate last) {
        int span = (int) (last.toEpochDay() - first.toEpochDay()) - 60;
        LocalDate[] starts = new LocalDate[1024];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.plusDays((long) i * 7919 % span);
        }
        return starts;
    }

    @Test
    void buildingTheBundledCalendarInAFreshJvm() throws Exception {
        double bundled = freshJvmMillis("bundled");
        double law = freshJvmMillis("law");
        double file = freshJvmMillis("file");
        System.out.printf("WorkingCalendar in a fresh JVM (median of %d): bundled() %.1f ms in all; of it, the law's "
                + "holidays of the %d provisional years %.1f ms on their own, reading the bundled file %.1f ms on its own%n",
                FRESH_JVMS, bundled, NationalCalendar.PROVISIONAL_YEARS, law, file);
    }

    private static double freshJvmMillis(String what) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < FRESH_JVMS; i++) {
            Process process = new ProcessBuilder(java, "-Xshare:auto", "-cp", classPath, FreshJvmCalendar.class.getName(), what)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("child JVM failed to build the calendar: " + report);
            }
            millis.add(Double.parseDouble(report));
        }
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray()[FRESH_JVMS / 2];
    }

    /** The child JVM: times one cold build and prints milliseconds. */
    public static final class FreshJvmCalendar {
        public static void main(String[] args) {
            long start = System.nanoTime();
            Object built = switch (args[0]) {
                case "bundled" -> WorkingCalendar.bundled();
                case "law" -> {
                    List<HolidayDay> days = new ArrayList<>();
                    for (int year = 2027; year < 2027 + NationalCalendar.PROVISIONAL_YEARS; year++) {
                        days.addAll(StatutoryHolidays.of(year));
                    }
                    yield days;
                }
                case "file" -> CalendarFile.readBundled();
                default -> throw new IllegalArgumentException(args[0]);
            };
            long nanos = System.nanoTime() - start;
            if (built == null) {
                throw new IllegalStateException();
            }
            System.out.println(nanos / 1e6);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
