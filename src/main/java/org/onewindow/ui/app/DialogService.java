package org.onewindow.ui.app;

import java.util.Optional;
import org.onewindow.app.Credentials;

/**
 * The one place the window talks to the clerk in a dialog: information, confirmations, errors and
 * the supervisor's on-the-spot sign-off. The application's implementation always owns its dialogs
 * by the current window; tests use a scripted fake. Texts are already localized.
 */
public interface DialogService {

    void showInformation(String title, String message);

    /** A calm error message; the details of {@code cause}, if any, are logged, not shown. */
    void showError(String title, String message, Throwable cause);

    default void showError(String title, String message) {
        showError(title, message, null);
    }

    /** Asks a yes/no question; the safe answer (no) is the default button. */
    boolean confirm(String title, String message);

    /**
     * Asks someone present to sign in on the spot, e.g. a supervisor confirming a refusal
     * (窗口无否决权). Empty when cancelled. The caller verifies the credentials.
     */
    Optional<Credentials> askCredentials(String title, String message);

    /** Asks for a PNG image file (the office's seal); empty when cancelled. */
    Optional<java.io.File> choosePng(String title);

    /** Asks for a reason in words (作废理由, why the clerk goes on despite a warning); empty when cancelled. */
    Optional<String> askReason(String title, String message);
}
