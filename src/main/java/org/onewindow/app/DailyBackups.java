package org.onewindow.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onewindow.store.Backups;
import org.onewindow.store.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup of the window's store a day (decision record 0021), taken while the window works (SQLite's online backup),
 * kept a number of days in the data directory's {@code backups/} folder. Checked every hour, so a window started each
 * morning and closed each evening still gets its daily one.
 */
final class DailyBackups implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackups.class);
    private static final Duration EVERY = Duration.ofDays(1);

    private final DataDirectory data;
    private final Clock clock;
    private ScheduledExecutorService timer;

    DailyBackups(DataDirectory data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    synchronized void start(int keepDays) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "daily-backup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> backUpIfDue(Duration.ofDays(keepDays)), 1, 60, TimeUnit.MINUTES);
    }

    /** Takes a backup when the newest is a day old (or there is none) and removes those older than {@code keep}. */
    void backUpIfDue(Duration keep) {
        try {
            List<Backups.Backup> existing = Backups.list(data);
            Instant now = clock.instant();
            if (existing.isEmpty() || !existing.get(0).takenAt().plus(EVERY).isAfter(now)) {
                LOG.info("已自动备份本地数据库：{}", Backups.backUpNow(data, clock));
            }
            Backups.prune(data, clock, keep);
        } catch (RuntimeException e) {
            LOG.error("自动备份失败", e);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
