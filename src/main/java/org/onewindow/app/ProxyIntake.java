package org.onewindow.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.caselog.IntakeIdentifiers;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.proxy.SiteMandate;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;

/**
 * 代办收件: an agent at a site takes in an application for the applicant, as a proxy file the site carries to the
 * hall — never an acceptance. The live decision rules run on the materials as the agent found them, so the
 * applicant hears at once what the hall would decide and everything that is missing (一次性告知 still applies); the
 * applicant's authorisation (委托代办) is recorded with it. The agent may take only items on the site's list; an
 * application all of whose items are devolved to a township centre is accepted there instead
 * ({@link TakeApplication}).
 */
public final class ProxyIntake {

    /** How the site takes an application of these items. */
    public enum Mode {
        /** Every item is devolved to this township centre: accepted here, under the township's authority. */
        ACCEPT_HERE,
        /** Taken as a proxy file and carried to the hall, which decides. */
        PROXY
    }

    private final CaseDesk desk;
    private final Decisions decisions;
    private final DueDates dueDates;
    private final SiteSettings sites;
    private final Supplier<WorkingCalendar> calendar;
    private final Changes changes;

    ProxyIntake(CaseDesk desk, Decisions decisions, DueDates dueDates, SiteSettings sites,
                Supplier<WorkingCalendar> calendar, Changes changes) {
        this.desk = desk;
        this.decisions = decisions;
        this.dueDates = dueDates;
        this.sites = sites;
        this.calendar = calendar;
        this.changes = changes;
    }

    /** This workstation's site, which the agent's screens show and filter by. */
    public Optional<Site> site() {
        return sites.current();
    }

    public Mode modeFor(List<String> itemCodes) {
        return sites.current().filter(site -> site.decides(itemCodes)).isPresent() ? Mode.ACCEPT_HERE : Mode.PROXY;
    }

    /** The day by which a file taken in today reaches the hall, as the proxy receipt promises. */
    public LocalDate handOverBy() {
        Site site = requireSite();
        try {
            return calendar.get().addWorkingDays(dueDates.today(), site.handOverDays());
        } catch (OutsideCoverageException e) {
            throw new Problem.OutsideCalendar(e.getMessage());
        }
    }

    /**
     * Records the proxy file under a new case number of this device, in the agent's name.
     *
     * @param expected the decision the agent's screen showed for these materials; a different one is not recorded
     */
    public CaseState take(User agent, Intake intake, Authorisation authorisation, DecisionKind expected) {
        if (!agent.role().mayRecord(Role.AGENT)) {
            throw new Problem.NotPermitted(agent.role().label() + "不能代办收件");
        }
        Optional<Site> site = sites.current();
        SiteMandate.proxyRefusal(site, intake.itemCodes()).ifPresent(reason -> {
            throw new Problem.NotPermitted(reason);
        });
        if (authorisation == null) {
            throw new Problem.InvalidInput("请选择申请人的委托方式：打印委托书签字，或当面在屏幕上确认");
        }
        IntakeIdentifiers.check(intake, dueDates.today());
        AcceptanceDecision decision = decisions.decide(intake, agent.userId());
        if (decision.kind() != expected) {
            throw new Problem.RuleBroken("按登记的材料情况应为“" + decision.kind().label() + "”，与屏幕上的“" + expected.label()
                    + "”不一致，请返回核对材料清单：" + String.join("；", decision.explanation()));
        }
        LocalDate by = handOverBy();
        String siteCode = site.orElseThrow().code();
        CaseState saved = desk.open(agent, number -> new EventPayload.ProxyFileOpened(number, intake, agent.userId(),
                agent.displayName(), siteCode, authorisation, decision.kind(), decision.deficiencies(), by));
        changes.caseSaved(saved);
        return saved;
    }

    private Site requireSite() {
        return sites.current().orElseThrow(() -> new Problem.NotPermitted(
                "本机未设定代办点，不能代办收件：请在注册时选择代办点，或由管理员设定"));
    }
}
