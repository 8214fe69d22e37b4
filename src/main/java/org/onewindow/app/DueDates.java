package org.onewindow.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.calendar.DueDate;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.Deadlines;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.DayUnit;
import org.onewindow.domain.catalog.TimeLimit;
import org.onewindow.domain.catalog.ServiceItem;

/**
 * The one place the dates of a case taken in today are computed (承诺办结日期, 法定期限届满日期): on the
 * workstation's clock, with the catalog and working-day calendar in force. The checklist's live decision,
 * the saved case and the receipt all get their dates from here, so they cannot disagree.
 */
public final class DueDates {

    private final Supplier<Catalog> catalog;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;

    DueDates(Supplier<Catalog> catalog, Supplier<WorkingCalendar> calendar, Clock clock) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The day it is in the hall. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
    }

    /**
     * The dates for these items if taken in today: the longest limit of the items counts. Past the published
     * holiday data they are provisional (暂定), counted on the law's holidays; only a promised date beyond the
     * calendar's horizon (years ahead) cannot be given, and a statutory deadline there is left open.
     */
    public Deadlines forItems(List<String> itemCodes) {
        List<ServiceItem> items = items(itemCodes);
        LocalDate today = today();
        int promised = items.stream().mapToInt(ServiceItem::promisedDays).max().orElse(0);
        WorkingCalendar days = calendar.get();
        DueDate promisedDate;
        try {
            promisedDate = days.due(today, promised);
        } catch (OutsideCoverageException e) {
            throw new Problem.OutsideCalendar(e.getMessage());
        }
        // the latest of the items' statutory deadlines governs, each counted in its own unit (工作日 or 日)
        DueDate statutoryDeadline = null;
        TimeLimit governing = null;
        try {
            for (ServiceItem item : items) {
                TimeLimit limit = item.statutoryLimit();
                DueDate due = limit.unit() == DayUnit.WORKING_DAYS ? days.due(today, limit.days())
                        : days.dueAfterDays(today, limit.days());
                if (statutoryDeadline == null || due.date().isAfter(statutoryDeadline.date())) {
                    statutoryDeadline = due;
                    governing = limit;
                }
            }
        } catch (OutsideCoverageException e) {
            statutoryDeadline = null;
            governing = null;
        }
        if (governing == null) {
            governing = items.stream().map(ServiceItem::statutoryLimit).max(java.util.Comparator.comparingInt(TimeLimit::days))
                    .orElseThrow();
        }
        return new Deadlines(today, promised, promisedDate, governing.days(), governing.unit(), statutoryDeadline);
    }

    /** The catalog's items for these codes, or the problem saying which one is not in the catalog in force. */
    List<ServiceItem> items(List<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            throw new Problem.InvalidInput("请至少选择一个事项");
        }
        Catalog current = catalog.get();
        return itemCodes.stream().map(code -> current.item(code).orElseThrow(() ->
                new Problem.InvalidInput("事项编码“" + code + "”不在当前事项目录（" + current.version() + "）中"))).toList();
    }
}
