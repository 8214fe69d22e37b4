package org.onewindow.ui.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link TaskExecutor} for tests: runs the work and its callback at once on the calling thread. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> void execute(Callable<V> work, Consumer<? super V> onSuccess, Consumer<Throwable> onFailure) {
        V value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public void shutdown() {
    }
}
