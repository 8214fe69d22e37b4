package org.onewindow.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/** The main window's frame: who is signed in and whether the working screens may be used. */
public final class ShellViewModel {

    private final Session session;
    private final BooleanBinding working;
    private final StringBinding clerkText;

    public ShellViewModel(Session session, Localization texts) {
        this.session = session;
        this.working = Bindings.createBooleanBinding(
                () -> session.clerk().isPresent() && !session.lockedProperty().get(),
                session.clerkProperty(), session.lockedProperty());
        this.clerkText = Bindings.createStringBinding(
                () -> session.clerk().map(c -> texts.get("shell.clerk", c.displayName(), c.role().label())).orElse(""),
                session.clerkProperty());
    }

    /** Signed in and not locked: the header's actions and shortcuts work. */
    public BooleanBinding workingProperty() {
        return working;
    }

    public StringBinding clerkTextProperty() {
        return clerkText;
    }

    public void lock() {
        session.lock();
    }

    public void signOut() {
        session.signOut();
    }
}
