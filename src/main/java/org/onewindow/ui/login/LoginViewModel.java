package org.onewindow.ui.login;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onewindow.domain.Problem;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in at the window, and unlocking it after Ctrl+L. The password check is offline and slow by design, so it
 * runs in the background. Enter pressed while the data is still loading is kept and signs in as soon as it is ready. A
 * first sign-in with a password an administrator set goes on to choose a new one before anything else opens. After a
 * sign-out the form is empty, ready for the next clerk's id.
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
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty confirmPassword = new SimpleStringProperty(this, "confirmPassword", "");
    private final ReadOnlyBooleanWrapper changingPassword = new ReadOnlyBooleanWrapper(this, "changingPassword");
    private ClerkSignIn signIn;
    private PasswordChanger changer;
    private boolean submitWhenReady;
    private char[] currentPassword;
    private String changingFor;

    public LoginViewModel(Session session, TaskExecutor tasks, Localization texts) {
        this.session = session;
        this.tasks = tasks;
        this.texts = texts;
        this.unlocking = Bindings.createBooleanBinding(() -> session.lockedProperty().get(), session.lockedProperty());
        heading.bind(Bindings.createStringBinding(() -> session.lockedProperty().get()
                ? texts.get("login.lockedHeading", session.requireClerk().displayName())
                : changingPassword.get() ? texts.get("login.changeHeading")
                : texts.get("login.heading"), session.lockedProperty(), changingPassword));
        message.set(texts.get("app.loading"));
        session.lockedProperty().addListener((o, was, locked) -> {
            password.set("");
            message.set("");
            if (locked) {
                username.set(session.requireClerk().userId());
            }
        });
        // The next clerk types their own id: the one who left must not stay in the form.
        session.clerkProperty().addListener((o, was, clerk) -> {
            if (clerk == null) {
                username.set("");
                password.set("");
                message.set("");
                leavePasswordChange();
            }
        });
    }

    /** The data is loaded: sign-in can be checked from now on. */
    public void connect(ClerkSignIn checker) {
        connect(checker, (user, current, next) -> new LoginResult.Refused(texts.get("login.changeUnavailable")));
    }

    /** The same, with the change of a password an administrator set. A sign-in asked for while loading goes on now. */
    public void connect(ClerkSignIn checker, PasswordChanger passwords) {
        this.signIn = checker;
        this.changer = passwords;
        ready.set(true);
        message.set("");
        if (submitWhenReady) {
            submitWhenReady = false;
            submit();
        }
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        if (!ready.get()) {
            // Enter pressed while the data loads is not lost: it signs in as soon as the data is ready.
            submitWhenReady = true;
            message.set(texts.get("login.waitingForData"));
            return;
        }
        if (changingPassword.get()) {
            submitNewPassword();
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
        tasks.execute(() -> signIn.signIn(user, typed), result -> finish(user, typed, result), error -> {
            busy.set(false);
            java.util.Arrays.fill(typed, '\0');
            LOG.error("sign-in failed", error);
            message.set(texts.get("login.failed"));
        });
    }

    /** The store's refusal is already a message for the clerk (wrong password, locked out for a while …). */
    private void finish(String user, char[] typed, LoginResult result) {
        busy.set(false);
        password.set("");
        if (result instanceof LoginResult.PasswordChangeRequired && !unlocking.get()) {
            currentPassword = typed;
            changingFor = user;
            changingPassword.set(true);
            message.set(texts.get("login.changeRequired"));
            return;
        }
        java.util.Arrays.fill(typed, '\0');
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

    private void submitNewPassword() {
        if (newPassword.get().length() < 8) {
            message.set(texts.get("login.newPasswordTooShort"));
            return;
        }
        if (!newPassword.get().equals(confirmPassword.get())) {
            message.set(texts.get("login.newPasswordsDiffer"));
            confirmPassword.set("");
            return;
        }
        busy.set(true);
        message.set(texts.get("login.changing"));
        String user = changingFor;
        char[] current = currentPassword.clone();
        char[] next = newPassword.get().toCharArray();
        tasks.execute(() -> changer.change(user, current, next), this::changed, error -> {
            busy.set(false);
            if (error instanceof Problem problem) {
                message.set(problem.getMessage());
            } else {
                LOG.error("password change failed", error);
                message.set(texts.get("login.failed"));
            }
        });
    }

    private void changed(LoginResult result) {
        busy.set(false);
        if (result instanceof LoginResult.SignedIn signedIn) {
            leavePasswordChange();
            message.set("");
            session.signIn(signedIn.user());
        } else if (result instanceof LoginResult.Refused refused) {
            message.set(refused.message());
        } else {
            message.set(texts.get("login.failed"));
        }
    }

    /** Back to the sign-in form without changing anything (or after the change). */
    public void leavePasswordChange() {
        if (currentPassword != null) {
            java.util.Arrays.fill(currentPassword, '\0');
        }
        currentPassword = null;
        changingFor = null;
        newPassword.set("");
        confirmPassword.set("");
        if (changingPassword.get()) {
            changingPassword.set(false);
            message.set("");
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

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmPasswordProperty() {
        return confirmPassword;
    }

    /** A first sign-in asks for a new password: the form shows the two new-password fields instead. */
    public ReadOnlyBooleanProperty changingPasswordProperty() {
        return changingPassword.getReadOnlyProperty();
    }

    public BooleanBinding unlockingProperty() {
        return unlocking;
    }
}
