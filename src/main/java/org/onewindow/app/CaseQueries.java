package org.onewindow.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.store.ArchivedDocument;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.UserAccounts;
import org.onewindow.store.CaseFilter;
import org.onewindow.store.CaseList;
import org.onewindow.store.CaseRow;
import org.onewindow.store.DocumentArchive;
import org.onewindow.store.EventLog;
import org.onewindow.store.IssueRecord;
import org.onewindow.store.IssueRegister;
import org.onewindow.store.Page;

/** What the window reads about cases: the home screen's lists, the case list and search, one case in full. */
public final class CaseQueries {

    /** Cases promised within this many working days count as due soon. */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    private final CaseList cases;
    private final CaseDesk desk;
    private final EventLog events;
    private final DocumentArchive archive;
    private final IssueRegister issued;
    private final Supplier<WorkingCalendar> calendar;
    private final UserAccounts users;

    CaseQueries(CaseList cases, CaseDesk desk, EventLog events, DocumentArchive archive, IssueRegister issued,
                Supplier<WorkingCalendar> calendar, UserAccounts users) {
        this.users = users;
        this.cases = cases;
        this.desk = desk;
        this.events = events;
        this.archive = archive;
        this.issued = issued;
        this.calendar = calendar;
    }

    /**
     * One case in full: as folded, as listed, its timeline, the documents printed (reprints too), the documents of
     * its current decision that were issued and never printed, and the display names of the people its events record
     * by user id (the timeline shows names, the events keep ids).
     */
    public record CaseDetail(CaseState state, Optional<CaseRow> row, List<CaseEvent> events,
                             List<ArchivedDocument> documents, List<IssueRecord> unprinted, Map<String, String> names) {
        public CaseDetail {
            names = Map.copyOf(names);
        }

        /** The name to show for a user id: the display name, or the id for an account this device never saw. */
        public String nameOf(String userId) {
            return names.getOrDefault(userId, userId);
        }
    }

    /** A case whose dates were counted again after a year's holidays were published, and what changed. */
    public record Recount(CaseRow row, String reason) {
    }

    /** The cases recounted (期限重算) since {@code since}, for the supervisor: each once, with its latest reason. */
    public List<Recount> recountedSince(Instant since) {
        Map<UUID, String> reasons = new LinkedHashMap<>();
        for (CaseEvent event : events.ofTypeSince(EventType.DEADLINES_RECALCULATED, since)) {
            reasons.put(event.caseId(), ((EventPayload.DeadlinesRecalculated) event.payload()).reason());
        }
        List<Recount> recounts = new ArrayList<>();
        reasons.forEach((caseId, reason) -> cases.byCaseId(caseId).ifPresent(row -> recounts.add(new Recount(row, reason))));
        return recounts;
    }

    /** The home screen: what came in on {@code day}, and the open cases due by the end of "soon". */
    public record Today(LocalDate day, LocalDate soonUntil, List<CaseRow> received, List<CaseRow> due) {
    }

    public Today today(LocalDate day, int limit) {
        LocalDate soonUntil = dueSoonUntil(day);
        return new Today(day, soonUntil, cases.receivedOn(day, limit), cases.deadlinesBy(soonUntil, limit));
    }

    /** The last day that counts as due soon; the calendar's horizon if that comes first. */
    public LocalDate dueSoonUntil(LocalDate day) {
        WorkingCalendar days = calendar.get();
        if (day.isAfter(days.horizon())) {
            return day;
        }
        try {
            return days.addWorkingDays(day, DUE_SOON_WORKING_DAYS);
        } catch (OutsideCoverageException e) {
            return days.horizon();
        }
    }

    /** Whether a date lies past the published holidays of the calendar in force: it was counted provisionally (暂定). */
    public boolean provisional(LocalDate date) {
        return calendar.get().isProvisional(date);
    }

    public Page<CaseRow> find(CaseFilter filter, int pageIndex, int pageSize) {
        return cases.find(filter, pageIndex, pageSize);
    }

    /** The items this workstation takes most, alone, most taken first (常办事项). */
    public List<String> mostTakenItems(int limit) {
        return cases.mostTakenItems(limit);
    }

    public Optional<CaseRow> byCaseNumber(String typed) {
        return cases.byCaseNumber(typed);
    }

    public CaseDetail detail(UUID caseId) {
        List<CaseEvent> log = events.eventsOf(caseId);
        // documents of an earlier decision (a notice the acceptance replaced) are no longer to be handed out
        Optional<UUID> decision = log.stream()
                .filter(e -> e.payload() instanceof EventPayload.Opening || e.payload() instanceof EventPayload.Voided)
                .map(CaseEvent::eventId).reduce((first, second) -> second);
        List<IssueRecord> unprinted = issued.ofCase(caseId).stream()
                .filter(record -> !record.printed() && decision.filter(record.decisionEventId()::equals).isPresent())
                .toList();
        return new CaseDetail(desk.state(caseId), cases.byCaseId(caseId), log, archive.of(caseId), unprinted,
                users.displayNames());
    }
}
