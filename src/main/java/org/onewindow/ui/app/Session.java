package org.onewindow.ui.app;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;

/**
 * Who is signed in at this window, and whether the window is locked (Ctrl+L) while they step away.
 * A locked session keeps its clerk and screens; only that clerk's password (or a sign-out) opens it.
 */
public final class Session {

    private final ReadOnlyObjectWrapper<User> clerk = new ReadOnlyObjectWrapper<>(this, "clerk");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");

    public void signIn(User who) {
        clerk.set(who);
        locked.set(false);
    }

    public void signOut() {
        clerk.set(null);
        locked.set(false);
    }

    public void lock() {
        if (clerk.get() != null) {
            locked.set(true);
        }
    }

    public void unlock() {
        locked.set(false);
    }

    public Optional<User> clerk() {
        return Optional.ofNullable(clerk.get());
    }

    /** The signed-in clerk; only for screens that exist after sign-in. */
    public User requireClerk() {
        return clerk().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public ReadOnlyObjectProperty<User> clerkProperty() {
        return clerk.getReadOnlyProperty();
    }

    /** Supervisors (窗口负责人) and administrators watch deadlines and calendar coverage. */
    public boolean oversees() {
        return clerk().map(User::role).filter(r -> r == Role.SUPERVISOR || r == Role.ADMINISTRATOR).isPresent();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }
}
