package org.onewindow.app;

import java.util.UUID;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;

/**
 * 重新编号 (decision record 0020): when the centre refused a case's opening because its number was taken there, a
 * supervisor confirms that the case goes on under this window's next number; the receipt is then printed again with
 * it. The rest of the window's queue was never held up: the refusal was for that one event.
 */
public final class RenumberCase {

    private final CaseDesk desk;
    private final SignIn signIn;
    private final Changes changes;

    RenumberCase(CaseDesk desk, SignIn signIn, Changes changes) {
        this.desk = desk;
        this.signIn = signIn;
        this.changes = changes;
    }

    /** The case under its new number, recorded in the supervisor's name. */
    public CaseState renumber(UUID caseId, Credentials supervisorTyped) {
        User supervisor = signIn.confirmSupervisor(supervisorTyped);
        CaseState renumbered = desk.renumber(supervisor, caseId);
        changes.caseSaved(renumbered);
        return renumbered;
    }
}
