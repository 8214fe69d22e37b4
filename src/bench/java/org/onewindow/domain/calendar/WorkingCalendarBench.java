package org.onewindow.domain.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Prints what the calendar costs on the save path: adding 20 working days (the statutory limit) and
 * counting the working days between two dates, per call. Run with {@code mvn -Pbench verify}.
 */
class WorkingCalendarBench {

    private static final int CALLS = 1_000_000;
    private static final int ROUNDS = 7;

    @Test
    void addingAndCountingWorkingDays() {
        WorkingCalendar calendar = WorkingCalendar.bundled();
        LocalDate first = calendar.coveredFrom();
        int span = (int) (calendar.coveredUntil().toEpochDay() - first.toEpochDay()) - 60;
        LocalDate[] starts = new LocalDate[1024];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.plusDays((long) i * 7919 % span);
        }
        long sink = 0;
        double[] add = new double[ROUNDS];
        double[] between = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += calendar.addWorkingDays(starts[i & 1023], 20).getDayOfMonth();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                sink += calendar.workingDaysBetween(starts[i & 1023], starts[(i + 1) & 1023]);
            }
            long t2 = System.nanoTime();
            add[round] = (t1 - t0) / (double) CALLS;
            between[round] = (t2 - t1) / (double) CALLS;
        }
        Arrays.sort(add);
        Arrays.sort(between);
        System.out.printf("WorkingCalendar: addWorkingDays(start, 20) median %.1f ns/call, "
                + "workingDaysBetween median %.1f ns/call (%d rounds of %d calls; sink %d)%n",
                add[ROUNDS / 2], between[ROUNDS / 2], ROUNDS, CALLS, sink);
    }
}
