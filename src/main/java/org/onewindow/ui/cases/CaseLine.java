package org.onewindow.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Predicate;
import org.onewindow.store.CaseRow;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;

/**
 * One case as a line of a list (home, case list), already in words.
 *
 * @param due     the promised date and, when it matters, how near or past it is
 * @param urgency how the line is marked
 */
public record CaseLine(UUID caseId, String caseNumber, String applicant, String idMasked, String items,
                       String status, String receivedOn, String due, Urgency urgency) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** How close a case is to its promised date (承诺时限). */
    public enum Urgency { NONE, DUE_SOON, OVERDUE }

    /**
     * @param soonUntil   the last day that still counts as "due soon"
     * @param provisional whether a date lies past the published holidays (暂定)
     */
    public static CaseLine of(CaseRow row, LocalDate today, LocalDate soonUntil, Predicate<LocalDate> provisional,
                              Localization texts) {
        Urgency urgency = Urgency.NONE;
        String due = "";
        if (row.promisedDate() != null) {
            due = DATE.format(row.promisedDate());
            if (provisional.test(row.promisedDate())) {
                due = texts.get("cases.due.provisional", due);
            }
            if (!row.status().closed()) {
                if (row.statutoryDeadline() != null && row.statutoryDeadline().isBefore(today)) {
                    urgency = Urgency.OVERDUE;
                    due = texts.get("cases.due.pastStatutory", due);
                } else if (row.promisedDate().isBefore(today)) {
                    urgency = Urgency.OVERDUE;
                    due = texts.get("cases.due.overdue", due);
                } else if (!row.promisedDate().isAfter(soonUntil)) {
                    urgency = Urgency.DUE_SOON;
                    due = row.promisedDate().equals(today) ? texts.get("cases.due.today", due) : texts.get("cases.due.soon", due);
                }
            }
        }
        return new CaseLine(row.caseId(), row.caseNumber(), row.applicantName(), row.idMasked(), row.itemNames(),
                CaseDetailViewModel.statusText(row.status(), row.decision(), new Labels(texts), texts),
                row.receivedOn() == null ? "" : DATE.format(row.receivedOn()), due, urgency);
    }
}
