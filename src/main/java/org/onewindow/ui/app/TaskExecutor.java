package org.onewindow.ui.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread. In the application a bounded pool of daemon threads runs each
 * piece of work as a JavaFX {@code Task} and calls back on the JavaFX thread; in tests the work and
 * the callbacks run at once on the calling thread. View-models use only this interface.
 */
public interface TaskExecutor {

    <V> void execute(Callable<V> work, Consumer<? super V> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work; running work finishes (threads are daemons, so exit is never held up). */
    void shutdown();
}
