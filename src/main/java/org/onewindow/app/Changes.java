package org.onewindow.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.onewindow.domain.caselog.CaseState;

/**
 * Tells whoever listens (the window's status bar and lists) that a case was saved here, so they refresh when
 * something changed instead of polling. Listeners are called on the thread that saved; a window hands the
 * call on to its own thread.
 */
final class Changes {

    private final List<Consumer<CaseState>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<CaseState> listener) {
        listeners.add(listener);
    }

    void remove(Consumer<CaseState> listener) {
        listeners.remove(listener);
    }

    void caseSaved(CaseState state) {
        listeners.forEach(listener -> listener.accept(state));
    }
}
