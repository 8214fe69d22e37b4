package org.onewindow.domain.calendar;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        List<double[]> runs = freshJvmRuns();
        System.out.printf("WorkingCalendar in a fresh JVM (median of %d): reading the bundled file first %.1f ms wall, "
                + "%.1f ms CPU (what bundled() cost before the provisional years); then bundled() %.1f ms wall, %.1f ms CPU "
                + "more (the law's holidays of %d provisional years, the lunar library's first use, the bit set); "
                + "%.1f ms wall in all%n", FRESH_JVMS, middle(runs, 0), middle(runs, 1), middle(runs, 2), middle(runs, 3),
                NationalCalendar.PROVISIONAL_YEARS, middle(runs, 4));
    }

    /** Per child JVM, in ms: the cold file read (wall, CPU), then the bundled calendar built after it (wall, CPU), then both (wall). */
    private static List<double[]> freshJvmRuns() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < FRESH_JVMS; i++) {
            Process process = new ProcessBuilder(java, "-Xshare:auto", "-cp", classPath, FreshJvmCalendar.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("child JVM failed to build the calendar: " + report);
            }
            String[] figures = report.split(" ");
            double[] run = new double[5];
            for (int f = 0; f < 4; f++) {
                run[f] = Double.parseDouble(figures[f]);
            }
            run[4] = run[0] + run[2];
            runs.add(run);
        }
        return runs;
    }

    private static double middle(List<double[]> runs, int column) {
        return runs.stream().mapToDouble(run -> run[column]).sorted().toArray()[runs.size() / 2];
    }

    /**
     * The child JVM: times a cold read of the bundled file, then the bundled calendar, and prints wall
     * and CPU time of each in ms (CPU time of this thread, which loads the classes; it says more than
     * wall time on a busy machine).
     */
    public static final class FreshJvmCalendar {
        public static void main(String[] args) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            int listed = CalendarFile.readBundled().listedDays().size();
            long read = System.nanoTime();
            long cpu1 = threads.getCurrentThreadCpuTime();
            LocalDate horizon = WorkingCalendar.bundled().horizon();
            long built = System.nanoTime();
            long cpu2 = threads.getCurrentThreadCpuTime();
            if (listed == 0 || horizon == null) {
                throw new IllegalStateException("no calendar");
            }
            System.out.println((read - start) / 1e6 + " " + (cpu1 - cpu0) / 1e6 + " " + (built - read) / 1e6 + " "
                    + (cpu2 - cpu1) / 1e6);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
