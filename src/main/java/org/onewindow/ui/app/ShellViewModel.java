package org.onewindow.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;

/** The main window's frame: who is signed in and whether the working screens may be used. */
public final class ShellViewModel {

    private final Session session;
    private final BooleanBinding working;
    private final StringBinding clerkText;
    private final BooleanBinding takesApplications;
    private final BooleanBinding setsUp;
    private final StringBinding keyHints;

    public ShellViewModel(Session session, Localization texts) {
        this.session = session;
        this.working = Bindings.createBooleanBinding(
                () -> session.clerk().isPresent() && !session.lockedProperty().get(),
                session.clerkProperty(), session.lockedProperty());
        Labels labels = new Labels(texts);
        this.clerkText = Bindings.createStringBinding(
                () -> session.clerk().map(c -> texts.get("shell.clerk", c.displayName(), labels.of(c.role()))).orElse(""),
                session.clerkProperty());
        // an administrator sets the hall up and takes no applications; a supervisor also sets up the printers
        this.takesApplications = Bindings.createBooleanBinding(() -> working.get()
                && session.clerk().map(User::role).filter(role -> role != Role.ADMINISTRATOR).isPresent(), working);
        this.setsUp = Bindings.createBooleanBinding(() -> working.get() && session.clerk().map(User::role)
                .filter(role -> role == Role.SUPERVISOR || role == Role.ADMINISTRATOR).isPresent(), working);
        // the status bar names only the keys this role has: no F2, F4, F6 or F7 for the administrator, F9 for those who set up
        this.keyHints = Bindings.createStringBinding(() -> {
            List<String> keys = new ArrayList<>(List.of(texts.get("shell.keys")));
            if (working.get()) {
                keys.addAll(takesApplications.get() ? List.of(texts.get("shell.keys.newApplication"), texts.get("shell.keys.search"),
                        texts.get("shell.keys.after"), texts.get("shell.keys.supplement"), texts.get("shell.keys.handover")) : List.of(texts.get("shell.keys.search")));
                if (setsUp.get()) {
                    keys.add(texts.get("shell.keys.printers"));
                }
                keys.add(texts.get("shell.keys.lock"));
            }
            return String.join(texts.get("shell.keys.separator"), keys);
        }, working);
    }

    /** Signed in and not locked: the header's actions and shortcuts work. */
    public BooleanBinding workingProperty() {
        return working;
    }

    /** Signed in, not locked, and in a role that takes applications (F2, F6). */
    public BooleanBinding takesApplicationsProperty() {
        return takesApplications;
    }

    /** Signed in, not locked, and allowed to set up the printers (F9). */
    public BooleanBinding setsUpProperty() {
        return setsUp;
    }

    /** The keys the status bar names: those of the role signed in, Enter and Esc otherwise. */
    public StringBinding keyHintsProperty() {
        return keyHints;
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
