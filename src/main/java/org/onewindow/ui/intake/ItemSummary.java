package org.onewindow.ui.intake;

import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.ui.app.Localization;

/**
 * One service item as the choose step lists it: department, limits (当场 for 0) and fee (不收费 for 0)
 * already in words, so the clerk can answer "how long, how much, who decides" without opening it.
 */
public record ItemSummary(ServiceItem item, String department, String limits, String fee) implements Offer {

    static ItemSummary of(ServiceItem item, Catalog catalog, Localization text) {
        String department = catalog.department(item.departmentCode()).map(Department::name).orElse(item.departmentCode());
        String limits = text.get("intake.item.limits", days(item.promisedDays(), text), days(item.statutoryDays(), text));
        String fee = item.isFree() ? text.get("intake.item.free") : text.get("intake.item.fee", item.fee().toPlainString());
        return new ItemSummary(item, department, limits, fee);
    }

    static String days(int workingDays, Localization text) {
        return workingDays == 0 ? text.get("intake.item.onTheSpot") : text.get("intake.item.workingDays", workingDays);
    }

    public String code() {
        return item.code();
    }

    @Override
    public String name() {
        return item.name();
    }
}
