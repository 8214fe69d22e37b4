package org.onewindow.app;

import java.util.UUID;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;

/** 作废: a supervisor voids a case with a reason, confirmed with their own password; the log keeps both. */
public final class VoidCase {

    private final CaseDesk desk;
    private final SignIn signIn;
    private final Changes changes;

    VoidCase(CaseDesk desk, SignIn signIn, Changes changes) {
        this.desk = desk;
        this.signIn = signIn;
        this.changes = changes;
    }

    public CaseState voidCase(UUID caseId, String reason, Credentials supervisorTyped) {
        if (reason == null || reason.isBlank()) {
            throw new Problem.InvalidInput("作废必须填写原因");
        }
        User supervisor = signIn.confirmSupervisor(supervisorTyped);
        CaseState voided = desk.record(supervisor, caseId, new EventPayload.Voided(reason.strip(), supervisor.userId()));
        changes.caseSaved(voided);
        return voided;
    }
}
