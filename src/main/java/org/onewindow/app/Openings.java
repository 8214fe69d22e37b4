package org.onewindow.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseRules;
import org.onewindow.domain.caselog.Deadlines;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.caselog.IntakeIdentifiers;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * The window's decision as the event that opens (or, after a one-time notice, re-opens) a case, checked
 * against the law before anything is written. Shared by taking an application and by a supplement that
 * completes a notified case, so both record an acceptance the same way. Every opening passes here, so this
 * is where the applicant's and agent's document numbers are checked before they are recorded.
 */
final class Openings {

    private final DueDates dueDates;

    Openings(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    /** 受理, 容缺受理 or 告知承诺 under {@code caseNumber}, dated today. */
    EventPayload.ApplicationAccepted acceptance(String caseNumber, Intake intake, DecisionKind decision, String clerk) {
        IntakeIdentifiers.check(intake, dueDates.today());
        return accepted(caseNumber, intake, decision, clerk);
    }

    private EventPayload.ApplicationAccepted accepted(String caseNumber, Intake intake, DecisionKind decision,
                                                      String clerk) {
        if (!decision.accepts()) {
            throw new IllegalArgumentException(decision + " is not an acceptance");
        }
        Deadlines deadlines = dueDates.forItems(intake.itemCodes());
        List<String> problems = new ArrayList<>(CaseRules.openingProblems(decision, intake));
        problems.addAll(CaseRules.toleranceProblems(intake, deadlines));
        if (!problems.isEmpty()) {
            throw new Problem.RuleBroken(String.join("；", problems));
        }
        LocalDate toleranceDeadline = intake.materials().stream()
                .filter(material -> material.status() == MaterialStatus.TOLERATED)
                .map(MaterialCheck::promisedBy).max(LocalDate::compareTo).orElse(null);
        BigDecimal fee = dueDates.items(intake.itemCodes()).stream().map(ServiceItem::fee)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new EventPayload.ApplicationAccepted(caseNumber, intake, decision, deadlines.promisedDate(),
                deadlines.statutoryDeadline(), toleranceDeadline, clerk, fee, deadlines.promisedDays(),
                deadlines.statutoryDays(), deadlines.promised().provisional(),
                deadlines.statutory() != null && deadlines.statutory().provisional());
    }

    /** The opening event the policy's decision calls for; a refusal names the supervisor who confirmed it. */
    EventPayload.Opening of(String caseNumber, Intake intake, AcceptanceDecision decision, String clerk,
                            String confirmingSupervisor) {
        IntakeIdentifiers.check(intake, dueDates.today());
        return switch (decision.kind()) {
            case ACCEPT, ACCEPT_WITH_TOLERANCE, ACCEPT_ON_COMMITMENT ->
                    accepted(caseNumber, intake, decision.kind(), clerk);
            case NOTIFY_DEFICIENCIES -> {
                if (decision.deficiencies().isEmpty()) {
                    throw new Problem.RuleBroken("一次性告知至少列出一项缺少或不符合要求的材料");
                }
                yield new EventPayload.DeficiencyNotified(caseNumber, intake, decision.deficiencies(), clerk);
            }
            case REFUSE -> new EventPayload.ApplicationRefused(caseNumber, intake, decision.refusal().statement(),
                    clerk, confirmingSupervisor);
        };
    }
}
