package org.onewindow.central.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onewindow.central.CentralDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the database under a running service: when it has not answered for {@value #FAILURES} checks in a row
 * ({@value #PERIOD_SECONDS} s apart), the service exits with {@value #EXIT_CODE} (EX_TEMPFAIL) so its supervisor
 * (systemd {@code Restart=on-failure}, the Windows service manager) starts it again — together with its embedded
 * PostgreSQL. Answering 503 for ever, as it did, helps no one: nothing restarts a process that looks alive.
 */
final class DatabaseWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatchdog.class);
    static final int FAILURES = 3;
    static final int PERIOD_SECONDS = 5;
    static final int EXIT_CODE = 75;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private int failures;

    private DatabaseWatchdog() {
    }

    static DatabaseWatchdog watch(CentralDatabase database) {
        DatabaseWatchdog watchdog = new DatabaseWatchdog();
        watchdog.timer.scheduleWithFixedDelay(() -> watchdog.check(database), PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return watchdog;
    }

    private void check(CentralDatabase database) {
        if (database.answers()) {
            failures = 0;
            return;
        }
        failures++;
        LOG.warn("数据库未应答（连续第 {} 次）", failures);
        if (failures >= FAILURES) {
            LOG.error("数据库已连续 {} 次未应答{}，中心库服务退出（退出码 {}），由服务管理器重新启动", failures,
                    database.embeddedHere() ? "（内置 PostgreSQL 可能已停止）" : "", EXIT_CODE);
            // A thread of its own: exit runs the shutdown hooks, one of which closes this watchdog.
            new Thread(() -> System.exit(EXIT_CODE), "database-watchdog-exit").start();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
