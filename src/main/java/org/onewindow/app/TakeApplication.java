package org.onewindow.app;

import java.util.List;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Deadlines;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.RefusalProposal;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;

/**
 * 受理登记: records the window's decision on an application as a new case under a fresh case number, in
 * one transaction — 受理, 容缺受理, 告知承诺, 一次性告知, or 不予受理 confirmed on the spot by a supervisor
 * (窗口无否决权). The decision is made again here from what was taken in, by the same policy the screen
 * showed, and must be the one the clerk confirmed. The clerk who took it is first responsible (首问负责).
 */
public final class TakeApplication {

    private final CaseDesk desk;
    private final Decisions decisions;
    private final Openings openings;
    private final DueDates dueDates;
    private final SignIn signIn;
    private final Changes changes;

    TakeApplication(CaseDesk desk, Decisions decisions, Openings openings, DueDates dueDates, SignIn signIn,
                    Changes changes) {
        this.desk = desk;
        this.decisions = decisions;
        this.openings = openings;
        this.dueDates = dueDates;
        this.signIn = signIn;
        this.changes = changes;
    }

    /** The dates these items would get if taken in now: what the checklist shows while the clerk decides. */
    public Deadlines deadlines(List<String> itemCodes) {
        return dueDates.forItems(itemCodes);
    }

    /**
     * Records the decision the findings call for — 受理, 容缺受理, 告知承诺 or 一次性告知 — in the clerk's name.
     *
     * @param confirmed the decision the clerk saw and confirmed; a different one is not recorded
     */
    public CaseState take(User clerk, Intake intake, DecisionKind confirmed) {
        return take(clerk, intake, confirmed, List.of());
    }

    /**
     * Records the decision as {@link #take(User, Intake, DecisionKind)} does and, in the same transaction, the steps
     * that come with it at the window (decision record 0040): the post the materials came by (邮寄收件), the address
     * the result is to be mailed to (选择邮寄送达).
     */
    public CaseState take(User clerk, Intake intake, DecisionKind confirmed, List<EventPayload> withIt) {
        if (confirmed == DecisionKind.REFUSE) {
            throw new IllegalArgumentException("a refusal needs a supervisor: use refuse");
        }
        AcceptanceDecision decision = decisions.decide(intake, clerk.userId());
        if (decision.kind() != confirmed) {
            throw new Problem.RuleBroken("按登记的材料情况应作出“" + decision.kind().label() + "”，与确认的“"
                    + confirmed.label() + "”不一致，请返回核对材料清单：" + String.join("；", decision.explanation()));
        }
        java.util.Iterator<EventPayload> steps = List.copyOf(withIt).iterator();
        CaseState saved = desk.open(clerk, number -> openings.of(number, intake, decision, clerk.userId(), ""),
                current -> steps.hasNext() ? steps.next() : null);
        changes.caseSaved(saved);
        return saved;
    }

    /**
     * 不予受理: the supervisor present confirms with their own password, and the refusal is recorded in
     * their name with the ground and reason the clerk proposed; the clerk stays first responsible.
     */
    public CaseState refuse(User clerk, Intake intake, RefusalProposal proposal, Credentials supervisorTyped) {
        if (proposal.reason() == null || proposal.reason().isBlank()) {
            throw new Problem.InvalidInput("不予受理必须写明理由");
        }
        User supervisor = signIn.confirmSupervisor(supervisorTyped);
        AcceptanceDecision confirmed = decisions.proposeRefusal(intake, clerk.userId(), proposal)
                .confirmRefusal(supervisor.role(), supervisor.userId());
        CaseState saved = desk.open(supervisor,
                number -> openings.of(number, intake, confirmed, clerk.userId(), supervisor.userId()));
        changes.caseSaved(saved);
        return saved;
    }
}
