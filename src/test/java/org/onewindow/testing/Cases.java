package org.onewindow.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.onewindow.domain.calendar.DueDate;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.User;
import org.onewindow.store.ClientStore;

/**
 * Cases opened straight through the store's {@code CaseDesk}, for the tests of the store and of sync that
 * need cases but not the window's use cases: the acceptance is dated on the bundled calendar from the
 * store's clock, with a 7-working-day promise and a 20-day statutory limit, as the food licence has.
 */
public final class Cases {

    private Cases() {
    }

    public static CaseState accept(ClientStore store, Clock clock, User clerk, Intake intake, DecisionKind decision) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
        WorkingCalendar calendar = WorkingCalendar.bundled();
        LocalDate toleranceDeadline = intake.materials().stream()
                .filter(m -> m.status() == MaterialStatus.TOLERATED).map(MaterialCheck::promisedBy)
                .max(LocalDate::compareTo).orElse(null);
        DueDate promised = calendar.due(today, 7);
        DueDate statutory = calendar.due(today, 20);
        return store.desk().open(clerk, number -> new EventPayload.ApplicationAccepted(number, intake, decision,
                promised.date(), statutory.date(), toleranceDeadline, clerk.userId(), BigDecimal.ZERO, 7, 20,
                promised.provisional(), statutory.provisional()));
    }
}
