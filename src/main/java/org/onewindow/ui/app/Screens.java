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

    /** Opens the new-application flow (F2) for the signed-in clerk; it moves on to its document step itself. */
    void openNewApplication();

    /** Opens 补齐补正 (F6) with an empty case number: the applicant may bring a material received at any window. */
    void openSupplement();

    /** Opens the hand-over (F7, 交接): at a site the 交接单 of the files held there, at the hall the batches to receive. */
    void openHandover();
}
