package org.onewindow.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.domain.calendar.DueDate;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.CaseList;
import org.onewindow.store.EventLog;

/**
 * 期限重算: when the State Council's holidays for a year reach this workstation (bundled in a new release, or
 * published by the centre), the open cases it opened whose dates were counted provisionally (暂定) are counted
 * again on the published days, each recorded as an event. The promised date the applicant was told never moves
 * earlier — a later one is recorded with the reason — and the statutory deadline is the law's, counted exactly.
 * The device that opened a case recounts it, so a case is recounted once however many windows hold it. Counting
 * again under the same calendar gives the same dates, so running it twice records nothing new.
 */
public final class RecountDeadlines {

    private final CaseDesk desk;
    private final CaseList cases;
    private final EventLog events;
    private final Supplier<WorkingCalendar> calendar;
    /** Read at each recount: enrolment may give this workstation the id the centre assigned (decision record 0020). */
    private final Supplier<String> ownDeviceId;
    private final Changes changes;

    RecountDeadlines(CaseDesk desk, CaseList cases, EventLog events, Supplier<WorkingCalendar> calendar,
                     Supplier<String> ownDeviceId, Changes changes) {
        this.desk = desk;
        this.cases = cases;
        this.events = events;
        this.calendar = calendar;
        this.ownDeviceId = ownDeviceId;
        this.changes = changes;
    }

    /** One case whose dates were counted again. */
    public record Recounted(UUID caseId, String caseNumber, String reason) {
    }

    /** Counts again every open case of this device still carrying provisional dates; returns those recorded. */
    public List<Recounted> recountOpenCases() {
        List<Recounted> recounted = new ArrayList<>();
        for (UUID caseId : cases.openCaseIds()) {
            recount(caseId).ifPresent(recounted::add);
        }
        return recounted;
    }

    private Optional<Recounted> recount(UUID caseId) {
        List<CaseEvent> log = events.eventsOf(caseId);
        Optional<CaseEvent> opening = log.stream().filter(e -> e.payload() instanceof EventPayload.Opening).findFirst();
        Optional<CaseEvent> accepted = log.stream().filter(e -> e.payload() instanceof EventPayload.ApplicationAccepted)
                .reduce((first, second) -> second);
        if (opening.isEmpty() || !opening.get().deviceId().equals(ownDeviceId.get()) || accepted.isEmpty()) {
            return Optional.empty();
        }
        EventPayload.ApplicationAccepted acceptance = (EventPayload.ApplicationAccepted) accepted.get().payload();
        if (acceptance.promisedDays() == null || acceptance.statutoryDays() == null) {
            return Optional.empty(); // accepted before the limits were recorded (schema 1): nothing to count from
        }
        LocalDate countedFrom = LocalDate.ofInstant(accepted.get().recordedAt(), CaseFold.ZONE);
        String[] reason = new String[1];
        CaseState after = desk.append(User.SYSTEM, caseId, current -> {
            if (reason[0] != null || current.status().closed()
                    || !current.recordedPromisedProvisional() && !current.recordedStatutoryProvisional()) {
                return null;
            }
            EventPayload.DeadlinesRecalculated next = recounted(current, countedFrom, acceptance);
            if (next == null) {
                return null;
            }
            reason[0] = next.reason();
            return next;
        });
        if (reason[0] == null) {
            return Optional.empty();
        }
        changes.caseSaved(after);
        return Optional.of(new Recounted(caseId, after.caseNumber(), reason[0]));
    }

    /** The recount of {@code current} on the calendar in force, or null when it would change nothing. */
    private EventPayload.DeadlinesRecalculated recounted(CaseState current, LocalDate countedFrom,
                                                        EventPayload.ApplicationAccepted acceptance) {
        WorkingCalendar days = calendar.get();
        DueDate promised;
        DueDate statutory;
        try {
            promised = days.due(countedFrom, acceptance.promisedDays());
            statutory = days.due(countedFrom, acceptance.statutoryDays());
        } catch (OutsideCoverageException e) {
            return null;
        }
        LocalDate told = current.acceptedPromisedDate();
        // never earlier than the applicant was told: an earlier count keeps the told date, which is now firm
        boolean keepTold = told != null && told.isAfter(promised.date());
        LocalDate promisedDate = keepTold ? told : promised.date();
        boolean promisedProvisional = !keepTold && promised.provisional();
        if (promisedDate.equals(told) && statutory.date().equals(current.acceptedStatutoryDeadline())
                && promisedProvisional == current.recordedPromisedProvisional()
                && statutory.provisional() == current.recordedStatutoryProvisional()) {
            return null;
        }
        int year = days.publishedUntil().getYear();
        return new EventPayload.DeadlinesRecalculated(promisedDate, statutory.date(), promisedProvisional,
                statutory.provisional(), year, reason(year, told, promisedDate, promisedProvisional));
    }

    private static String reason(int year, LocalDate told, LocalDate promised, boolean stillProvisional) {
        String basis = "国务院公布" + year + "年节假日安排后重新计算";
        String change = promised.equals(told) ? "，承诺办结日期 " + promised + " 不变"
                : "，承诺办结日期由 " + told + " 改为 " + promised;
        return basis + change + (stillProvisional ? "（仍为暂定）" : "");
    }
}
