package org.onewindow.app;

import java.util.function.Supplier;

/** A value made on first use, once, by whichever thread asks first. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> making;
    private volatile T value;

    Lazy(Supplier<T> making) {
        this.making = making;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = making.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
