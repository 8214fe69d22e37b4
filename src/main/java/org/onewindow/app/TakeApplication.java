package org.onewindow.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Deadlines;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.RefusalProposal;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.proxy.SiteMandate;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.CaseList;
import org.onewindow.store.CaseRow;

/**
 * 受理登记: records the window's decision on an application as a new case under a fresh case number, in
 * one transaction — 受理, 容缺受理, 告知承诺, 一次性告知, or 不予受理 confirmed on the spot by a supervisor
 * (窗口无否决权). The decision is made again here from what was taken in, by the same policy the screen
 * showed, and must be the one the clerk confirmed. The clerk who took it is first responsible (首问负责).
 */
public final class TakeApplication {

    private static final int EARLIER_CASES = 50;

    private final CaseDesk desk;
    private final CaseList cases;
    private final Decisions decisions;
    private final Openings openings;
    private final DueDates dueDates;
    private final SignIn signIn;
    private final Changes changes;
    private final Supplier<Optional<Site>> site;

    TakeApplication(CaseDesk desk, CaseList cases, Decisions decisions, Openings openings, DueDates dueDates,
                    SignIn signIn, Changes changes, Supplier<Optional<Site>> site) {
        this.desk = desk;
        this.cases = cases;
        this.decisions = decisions;
        this.openings = openings;
        this.dueDates = dueDates;
        this.signIn = signIn;
        this.changes = changes;
        this.site = site;
    }

    /**
     * An agent decides only what is devolved to the township centre they work at (DESIGN.md decision 10): anything
     * else is a proxy file for the hall ({@link ProxyIntake}).
     */
    private void requireMandate(User clerk, Intake intake) {
        SiteMandate.decisionRefusal(clerk.role(), site.get(), intake.itemCodes()).ifPresent(reason -> {
            throw new Problem.NotPermitted(reason);
        });
    }

    /** The dates these items would get if taken in now: what the checklist shows while the clerk decides. */
    public Deadlines deadlines(List<String> itemCodes) {
        return dueDates.forItems(itemCodes);
    }

    /**
     * Records the decision the findings call for — 受理, 容缺受理, 告知承诺 or 一次性告知 — in the clerk's name,
     * without looking for earlier cases of the applicant: for callers that bring cases in from elsewhere. The
     * window warns, and takes its applications with {@link #take(User, Intake, DecisionKind, String)}.
     *
     * @param confirmed the decision the clerk saw and confirmed; a different one is not recorded
     */
    public CaseState take(User clerk, Intake intake, DecisionKind confirmed) {
        return record(clerk, intake, confirmed, List.of(), "", List.of());
    }

    /**
     * What the clerk should know before recording an application of this applicant for these items: an open case of
     * the same applicant and item (重复申请), or the ID number recorded before under another name. Read from the
     * cases kept here.
     */
    public List<IntakeWarning> warnings(Applicant applicant, List<String> itemCodes) {
        String number = applicant.identifier().text();
        if (number.isBlank()) {
            return List.of();
        }
        List<IntakeWarning> warnings = new ArrayList<>();
        Set<String> otherNames = new HashSet<>();
        for (CaseRow earlier : cases.byIdNumber(number, EARLIER_CASES)) {
            if (!earlier.status().closed() && earlier.itemCodes().stream().anyMatch(itemCodes::contains)) {
                warnings.add(new IntakeWarning(IntakeWarning.Kind.SAME_APPLICANT_AND_ITEM_OPEN, earlier.caseNumber(),
                        earlier.receivedOn(), "", earlier.itemNames()));
            }
            if (!earlier.applicantName().equals(applicant.name()) && otherNames.add(earlier.applicantName())) {
                warnings.add(new IntakeWarning(IntakeWarning.Kind.ID_WITH_ANOTHER_NAME, earlier.caseNumber(),
                        earlier.receivedOn(), earlier.applicantName(), earlier.itemNames()));
            }
        }
        return warnings;
    }

    /**
     * The same, for a clerk who was warned ({@link #warnings}) and goes on: without a reason nothing is recorded;
     * with one, the warnings and the reason are kept with the case.
     */
    public CaseState take(User clerk, Intake intake, DecisionKind confirmed, String goingOnBecause) {
        return take(clerk, intake, confirmed, goingOnBecause, List.of());
    }

    /**
     * What the window's confirm step records: the decision as {@link #take(User, Intake, DecisionKind, String)} does,
     * warnings and reason included, and in the same transaction the steps that come with it at the window (decision
     * record 0033) as {@link #take(User, Intake, DecisionKind, List)} records them — the post the materials came by
     * (邮寄收件), the address the result is to be mailed to (选择邮寄送达).
     */
    public CaseState take(User clerk, Intake intake, DecisionKind confirmed, String goingOnBecause,
                          List<EventPayload> withIt) {
        List<String> warned = warnings(intake.applicant(), intake.itemCodes()).stream().map(IntakeWarning::record).toList();
        String reason = goingOnBecause == null ? "" : goingOnBecause.strip();
        if (!warned.isEmpty() && reason.isEmpty()) {
            throw new Problem.InvalidInput("请说明继续办理的理由：" + String.join("；", warned));
        }
        return record(clerk, intake, confirmed, warned, reason, withIt);
    }

    /**
     * Records the decision as {@link #take(User, Intake, DecisionKind)} does and, in the same transaction, the steps
     * that come with it at the window (decision record 0033): the post the materials came by (邮寄收件), the address
     * the result is to be mailed to (选择邮寄送达).
     */
    public CaseState take(User clerk, Intake intake, DecisionKind confirmed, List<EventPayload> withIt) {
        return record(clerk, intake, confirmed, List.of(), "", withIt);
    }

    private CaseState record(User clerk, Intake intake, DecisionKind confirmed, List<String> warned, String reason,
                             List<EventPayload> withIt) {
        if (clerk.role() == Role.ADMINISTRATOR) {
            throw new Problem.NotPermitted("系统管理员不办理受理业务，请以窗口受理人员身份登录");
        }
        if (confirmed == DecisionKind.REFUSE) {
            throw new IllegalArgumentException("a refusal needs a supervisor: use refuse");
        }
        requireMandate(clerk, intake);
        AcceptanceDecision decision = decisions.decide(intake, clerk.userId());
        if (decision.kind() != confirmed) {
            throw new Problem.RuleBroken("按登记的材料情况应作出“" + decision.kind().label() + "”，与确认的“"
                    + confirmed.label() + "”不一致，请返回核对材料清单：" + String.join("；", decision.explanation()));
        }
        if (!decision.checklistComplete()) {
            // a notice lists every deficiency at once, each as the applicant must read it: none may be left open
            throw new Problem.InvalidInput("材料尚未核验完毕，不能出具一次性告知书：" + String.join("；", decision.explanation()));
        }
        Iterator<EventPayload> steps = List.copyOf(withIt).iterator();
        CaseState saved = desk.open(clerk, number -> openings.of(number, intake, decision, clerk.userId(), ""), warned,
                reason, current -> steps.hasNext() ? steps.next() : null);
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
        requireMandate(clerk, intake);
        User supervisor = signIn.confirmSupervisor(supervisorTyped);
        AcceptanceDecision confirmed = decisions.proposeRefusal(intake, clerk.userId(), proposal)
                .confirmRefusal(supervisor.role(), supervisor.userId());
        CaseState saved = desk.open(supervisor,
                number -> openings.of(number, intake, confirmed, clerk.userId(), supervisor.userId()));
        changes.caseSaved(saved);
        return saved;
    }
}
