package org.onewindow.domain.caselog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.domain.Problem;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.IdentifierCheck;

/**
 * Whether the document numbers an intake names may be recorded (证件号码核验): the applicant's, and the
 * agent's when there is one, by the same value types that check them on the screen as they are typed. The
 * use cases check before a case is opened; the central store checks every pushed opening the same way, so
 * a number no window would accept is not stored there either.
 */
public final class IntakeIdentifiers {

    private IntakeIdentifiers() {
    }

    /**
     * Why the intake's numbers may not be recorded, one line per person; empty when they may.
     *
     * @param day the day the intake is taken in: a birth date after it is refused
     */
    public static List<String> problems(Intake intake, LocalDate day) {
        List<String> problems = new ArrayList<>();
        Applicant applicant = intake.applicant();
        boolean company = applicant.type() == ApplicantType.COMPANY;
        if (company && applicant.idKind() != IdKind.CREDIT_CODE) {
            problems.add("法人及其他组织须以统一社会信用代码登记，登记的是“" + applicant.idKind().label() + "”");
        } else if (!company && applicant.idKind() == IdKind.CREDIT_CODE) {
            problems.add("自然人须以本人身份证件登记，统一社会信用代码只用于法人及其他组织");
        } else {
            numberProblem("申请人", applicant.idKind(), applicant.identifierCheck(day)).ifPresent(problems::add);
        }
        Agent agent = intake.agent();
        if (agent != null) {
            if (agent.idKind() == IdKind.CREDIT_CODE) {
                problems.add("代理人须以本人身份证件登记，不能登记统一社会信用代码");
            } else {
                numberProblem("代理人", agent.idKind(), agent.identifierCheck(day)).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** Throws {@link Problem.InvalidInput} naming every fault when the intake's numbers may not be recorded. */
    public static void check(Intake intake, LocalDate day) {
        List<String> problems = problems(intake, day);
        if (!problems.isEmpty()) {
            throw new Problem.InvalidInput(String.join("；", problems));
        }
    }

    /**
     * Why a pushed event may not be stored because of its numbers, for the person at the window; empty when
     * it may (events that open no case name no one). Birth dates count from the day the event was recorded.
     */
    public static String refusal(CaseEvent event) {
        if (!(event.payload() instanceof EventPayload.Opening opening)) {
            return "";
        }
        List<String> problems = problems(opening.intake(), LocalDate.ofInstant(event.recordedAt(), CaseFold.ZONE));
        return problems.isEmpty() ? "" : String.join("；", problems) + "，“" + event.type().label() + "”未保存";
    }

    private static Optional<String> numberProblem(String who, IdKind kind, IdentifierCheck check) {
        if (check.valid()) {
            return Optional.empty();
        }
        String what = kind == IdKind.CREDIT_CODE ? kind.label() : kind.label() + "号码";
        return Optional.of(who + "的" + what + "有误：" + String.join("；", check.problems()));
    }
}
