package org.onewindow.app;

import java.util.UUID;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.staff.Role;
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
        return voidBy(signIn.confirmSupervisor(supervisorTyped), caseId, reason);
    }

    /** 作废 by the supervisor signed in at this window, who needs no second password. */
    public CaseState voidBy(User supervisor, UUID caseId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Problem.InvalidInput("作废必须填写原因");
        }
        if (supervisor.role() != Role.SUPERVISOR) {
            throw new Problem.NotPermitted("作废须由窗口负责人确认，当前身份为" + supervisor.role().label());
        }
        CaseState voided = desk.record(supervisor, caseId, new EventPayload.Voided(reason.strip(), supervisor.userId()));
        changes.caseSaved(voided);
        return voided;
    }
}
