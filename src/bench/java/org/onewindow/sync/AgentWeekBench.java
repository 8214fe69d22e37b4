package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.central.CentralFixture;

/**
 * The agent's week at full size (the figure): 300 proxy files with a photo of about 1 MB each, taken in a
 * week offline, synced through a link cut every 2–5 s, received and accepted at the hall (one returned), every
 * party agreeing. Prints the timings, the cuts and how many bytes went up for the photos' bytes. Run with
 * {@code mvn -Pbench verify -Dtest=AgentWeekBench -Dsurefire.failIfNoSpecifiedTests=false} (about 5 minutes on the
 * 2-core machine); {@code -Dagentweek.files=N -Dagentweek.linkBytesPerSecond=B -Dagentweek.seed=S} change it.
 */
class AgentWeekBench {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    @Test
    void threeHundredProxyFilesWithPhotosThroughALinkThatDropsEveryFewSeconds() throws Exception {
        int files = Integer.getInteger("agentweek.files", 300);
        long rate = Long.getLong("agentweek.linkBytesPerSecond", 12_000_000L);
        long seed = Long.getLong("agentweek.seed", System.nanoTime());
        Path dir = Files.createTempDirectory("agent-week-bench");
        System.out.println("AgentWeekBench seed " + seed + ", " + files + " files, link " + rate / 1e6 + " MB/s");
        AgentWeek week = new AgentWeek(central, dir, seed, System.out);
        try {
            week.setUp();
            long started = System.nanoTime();
            week.offlineWeek(files, 1_000_000);
            double offline = (System.nanoTime() - started) / 1e9;
            week.syncThroughTheFlakyLink(rate, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(20));
            started = System.nanoTime();
            week.hallReceivesTheBatch();
            double hall = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            week.siteLearnsWhatTheHallDid(Duration.ofMinutes(10));
            double back = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            AgentWeekTest.assertEveryoneAgrees(week);
            double fetched = (System.nanoTime() - started) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("AgentWeekBench: %d files, %.1f MB of photos taken in offline in %.1f s (%.0f ms a file with its photo)%n",
                    files, week.attachmentBytes / 1e6, offline, offline * 1000 / files);
            System.out.printf("AgentWeekBench: synced through the link in %.1f s (%.1f MB/s of photos), %d cuts, %d failed rounds, "
                            + "%.3f× the photos' bytes went up%n", week.syncMillis / 1e3,
                    week.attachmentBytes / 1e6 / (week.syncMillis / 1e3), week.link.cuts(), week.failedRounds,
                    (double) week.link.upstreamBytes() / week.attachmentBytes);
            System.out.printf("AgentWeekBench: the hall received the batch and decided %d files in %.1f s; the site heard back "
                    + "in %.1f s; every photo fetched and checked at the hall in %.1f s; heap after GC %.0f MB%n",
                    files, hall, back, fetched, heap / 1e6);
            assertThat(week.failedRounds).isPositive();
        } finally {
            week.close();
        }
    }
}
