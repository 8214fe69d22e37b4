package org.onewindow.ui.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Moves between screens: {@link #open} goes forward, {@link #back} (Esc) returns to the screen
 * before, {@link #start} begins anew (e.g. home after login). The main window shows {@link #current()}.
 */
public final class Navigator {

    private final Deque<Screen> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");

    /** Forgets the history and shows {@code screen}. */
    public void start(Screen screen) {
        history.clear();
        show(screen);
    }

    /** Forgets every screen, e.g. on sign-out. */
    public void clear() {
        history.clear();
        current.set(null);
    }

    /** Shows {@code screen}; Esc comes back to the current one. */
    public void open(Screen screen) {
        if (current.get() != null) {
            history.push(current.get());
        }
        show(screen);
    }

    /** Shows {@code screen} in place of the current one, e.g. a finished flow replaced by its result. */
    public void replace(Screen screen) {
        show(screen);
    }

    /** Returns to the previous screen; false when there is none. */
    public boolean back() {
        if (history.isEmpty()) {
            return false;
        }
        show(history.pop());
        return true;
    }

    /** The screen, shown or in the history, that holds unsaved work; the most recent first. */
    public Optional<Screen> draft() {
        if (current.get() != null && current.get().holdsDraft()) {
            return Optional.of(current.get());
        }
        return history.stream().filter(Screen::holdsDraft).findFirst();
    }

    /** Goes back to {@code screen} if it is in the history, forgetting the screens opened after it. */
    public boolean backTo(Screen screen) {
        if (current.get() == screen) {
            return true;
        }
        if (!history.contains(screen)) {
            return false;
        }
        while (history.peek() != screen) {
            history.pop();
        }
        show(history.pop());
        return true;
    }

    public boolean canGoBack() {
        return !history.isEmpty();
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    private void show(Screen screen) {
        current.set(screen);
        screen.shown();
    }
}
