package org.onewindow.store;

import java.time.LocalDate;
import java.util.Set;
import org.onewindow.domain.caselog.CaseStatus;

/**
 * What the case list is narrowed to; every part is optional (null or empty means "any").
 *
 * @param text         what the clerk typed: part of a name, ID number, case number or item name
 * @param receivedFrom first day received, inclusive
 * @param receivedTo   last day received, inclusive
 */
public record CaseFilter(String text, Set<CaseStatus> statuses, LocalDate receivedFrom,
                         LocalDate receivedTo, String departmentCode, String itemCode) {

    public static final CaseFilter ALL = new CaseFilter("", Set.of(), null, null, "", "");

    public CaseFilter {
        text = text == null ? "" : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        departmentCode = departmentCode == null ? "" : departmentCode.strip();
        itemCode = itemCode == null ? "" : itemCode.strip();
    }

    public static CaseFilter text(String text) {
        return ALL.withText(text);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(newText, statuses, receivedFrom, receivedTo, departmentCode, itemCode);
    }

    public CaseFilter withStatuses(Set<CaseStatus> newStatuses) {
        return new CaseFilter(text, newStatuses, receivedFrom, receivedTo, departmentCode, itemCode);
    }

    public CaseFilter receivedBetween(LocalDate from, LocalDate to) {
        return new CaseFilter(text, statuses, from, to, departmentCode, itemCode);
    }

    public CaseFilter withDepartment(String code) {
        return new CaseFilter(text, statuses, receivedFrom, receivedTo, code, itemCode);
    }

    public CaseFilter withItem(String code) {
        return new CaseFilter(text, statuses, receivedFrom, receivedTo, departmentCode, code);
    }
}
