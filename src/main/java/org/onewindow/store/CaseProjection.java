package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.identity.IdNumber;

/**
 * Writes a case's folded state into the list/search projection, inside the same transaction as
 * the events it was folded from, so the list never disagrees with the log. The applicant's number is
 * kept in its standard form (an old 15-digit number as 18) for search, and masked by its value type; the phone
 * as recorded (its standard form), for a search by phone.
 */
final class CaseProjection {

    private static final String UPSERT = "INSERT INTO case_row (case_id, case_number, status, applicant_name, "
            + "id_number, id_masked, item_codes, item_names, department_codes, bundle_code, received_on, "
            + "promised_date, statutory_deadline, responsible_clerk, open, last_hlc, decision, phone) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
            + "case_number = excluded.case_number, status = excluded.status, applicant_name = excluded.applicant_name, "
            + "id_number = excluded.id_number, id_masked = excluded.id_masked, item_codes = excluded.item_codes, "
            + "item_names = excluded.item_names, department_codes = excluded.department_codes, "
            + "bundle_code = excluded.bundle_code, received_on = excluded.received_on, "
            + "promised_date = excluded.promised_date, statutory_deadline = excluded.statutory_deadline, "
            + "responsible_clerk = excluded.responsible_clerk, open = excluded.open, last_hlc = excluded.last_hlc, "
            + "decision = excluded.decision, phone = excluded.phone";

    private final Supplier<Catalog> catalog;

    CaseProjection(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    /** Writes the row of an opened case; an unopened one has nothing to list. */
    void write(Connection connection, CaseState state) throws SQLException {
        if (!state.opened()) {
            return;
        }
        Catalog current = catalog.get();
        Set<String> names = new LinkedHashSet<>();
        Set<String> departments = new LinkedHashSet<>();
        for (String code : state.intake().itemCodes()) {
            Optional<ServiceItem> item = current.item(code);
            names.add(item.map(ServiceItem::name).orElse(code));
            item.ifPresent(i -> departments.add(i.departmentCode()));
        }
        IdNumber idNumber = state.intake().applicant().identifier();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, state.caseId().toString());
            upsert.setString(2, state.caseNumber());
            upsert.setString(3, state.status().name());
            upsert.setString(4, state.intake().applicant().name());
            upsert.setString(5, idNumber.text());
            upsert.setString(6, idNumber.masked());
            upsert.setString(7, String.join(" ", state.intake().itemCodes()));
            upsert.setString(8, String.join("、", names));
            upsert.setString(9, " " + String.join(" ", departments) + " ");
            upsert.setString(10, state.intake().bundleCode());
            upsert.setString(11, state.receivedOn().toString());
            upsert.setString(12, text(state.promisedDate()));
            upsert.setString(13, text(state.statutoryDeadline()));
            upsert.setString(14, state.responsibleClerk());
            upsert.setInt(15, state.status().closed() ? 0 : 1);
            upsert.setString(16, state.lastHlc().encode());
            upsert.setString(17, state.decision() == null ? "" : state.decision().name());
            upsert.setString(18, state.intake().applicant().phone());
            upsert.executeUpdate();
        }
        AfterAcceptanceProjection.write(connection, state, departments.stream().findFirst()
                .flatMap(current::department).orElse(null));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
