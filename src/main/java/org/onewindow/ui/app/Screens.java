package org.onewindow.ui.app;

import java.util.UUID;

/**
 * Makes the screens the main window moves between, each with its dependencies; implemented by the
 * composition root once the data is loaded.
 */
public interface Screens {

    Screen home();

    Screen caseList();

    Screen caseDetail(UUID caseId);

    /**
     * Opens the new-application flow (F2) for the signed-in clerk; it moves on to its document step itself. An
     * application not saved yet is never dropped without asking: the clerk keeps it or lets it go.
     */
    void openNewApplication();

    /** Opens 补齐补正 (F6) with an empty case number: the applicant may bring a material received at any window. */
    void openSupplement();

    /** Opens the hand-over (F7, 交接): at a site the 交接单 of the files held there, at the hall the batches to receive. */
    void openHandover();

    /**
     * Whether the window may start afresh (home, sign-out): true when nothing unsaved would be lost, or when the
     * clerk agrees to lose it; otherwise the unsaved application is shown again.
     */
    boolean mayDiscardDraft();

    /** F9: the printer settings for a supervisor, the administration for an administrator; nothing for a clerk. */
    void openSettings();

    /** Opens 办件去向/待领取 (F4): per department, not picked up, waiting for collection (decision record 0033). */
    default void openAfterAcceptance() {
    }
}
