package org.onewindow.ui.intake;

/** The steps of the new-application flow, in order; Enter goes on, Esc goes back. */
public enum Step {
    CHOOSE,
    APPLICANT,
    CHECKLIST,
    CONFIRM;

    public Step previous() {
        return this == CHOOSE ? CHOOSE : values()[ordinal() - 1];
    }
}
