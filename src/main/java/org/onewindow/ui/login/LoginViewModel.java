package org.onewindow.ui.login;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in at the window, and unlocking it after Ctrl+L. The password check is offline and slow
 * by design, so it runs in the background. While the data is still loading the form waits.
 */
public final class LoginViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final Session session;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final BooleanBinding unlocking;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");
    private ClerkSignIn signIn;

    public LoginViewModel(Session session, TaskExecutor tasks, Localization texts) {
        this.session = session;
        this.tasks = tasks;
        this.texts = texts;
        this.unlocking = Bindings.createBooleanBinding(() -> session.lockedProperty().get(), session.lockedProperty());
        heading.bind(Bindings.createStringBinding(() -> session.lockedProperty().get()
                ? texts.get("login.lockedHeading", session.requireClerk().displayName())
                : texts.get("login.heading"), session.lockedProperty()));
        message.set(texts.get("app.loading"));
        session.lockedProperty().addListener((o, was, locked) -> {
            password.set("");
            message.set("");
            if (locked) {
                username.set(session.requireClerk().userId());
            }
        });
    }

    /** The data is loaded: sign-in can be checked from now on. */
    public void connect(ClerkSignIn checker) {
        this.signIn = checker;
        ready.set(true);
        message.set("");
    }

    public void submit() {
        if (!ready.get() || busy.get()) {
            return;
        }
        String user = username.get().strip();
        if (user.isEmpty()) {
            message.set(texts.get("login.missingUsername"));
            return;
        }
        if (password.get().isEmpty()) {
            message.set(texts.get("login.missingPassword"));
            return;
        }
        if (unlocking.get() && !user.equals(session.requireClerk().userId())) {
            message.set(texts.get("login.onlyOwnerUnlocks", session.requireClerk().displayName()));
            return;
        }
        busy.set(true);
        message.set(texts.get("login.checking"));
        char[] typed = password.get().toCharArray();
        tasks.execute(() -> signIn.signIn(user, typed), this::finish, error -> {
            busy.set(false);
            LOG.error("sign-in failed", error);
            message.set(texts.get("login.failed"));
        });
    }

    /** The store's refusal is already a message for the clerk (wrong password, locked out for a while …). */
    private void finish(LoginResult result) {
        busy.set(false);
        password.set("");
        if (result instanceof LoginResult.Refused refused) {
            message.set(refused.message());
            return;
        }
        message.set("");
        if (unlocking.get()) {
            session.unlock();
        } else {
            session.signIn(((LoginResult.SignedIn) result).user());
        }
    }

    /** From the lock screen: the clerk who locked the window is signed out so another can sign in. */
    public void signOutLockedClerk() {
        session.signOut();
        username.set("");
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public BooleanBinding unlockingProperty() {
        return unlocking;
    }
}
