package org.onewindow.ui.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** The application's {@link TaskExecutor}: JavaFX tasks on a small pool of daemon threads. */
public final class PooledTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;

    public PooledTaskExecutor(int threads) {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "onewindow-task-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        this.pool = executor;
    }

    @Override
    public <V> void execute(Callable<V> work, Consumer<? super V> onSuccess, Consumer<Throwable> onFailure) {
        Task<V> task = new Task<>() {
            @Override
            protected V call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        pool.execute(task);
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }
}
