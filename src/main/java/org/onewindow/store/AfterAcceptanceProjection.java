package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.domain.caselog.AfterAcceptanceRules;
import org.onewindow.domain.caselog.AfterAcceptanceState;
import org.onewindow.domain.caselog.BackOfficeStage;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Department;

/** Writes {@code case_after} (decision record 0033) from a case's folded state, beside its {@code case_row}. */
final class AfterAcceptanceProjection {

    private static final String UPSERT = "INSERT OR REPLACE INTO case_after (case_id, department_code, department_name, "
            + "stage, sent_on, ready_on, handed_over, by_mail, mail_state, waybill_number, fee_due, fee_state, fee_amount, "
            + "fee_receipt, fee_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AfterAcceptanceProjection() {
    }

    /**
     * @param itemDepartment the department of the case's first item in the catalog, for a case not routed
     *                       explicitly; null when the catalog does not know it
     */
    static void write(Connection connection, CaseState state, Department itemDepartment) throws SQLException {
        AfterAcceptanceState after = state.afterAcceptance();
        String departmentCode = after.departmentCode();
        String departmentName = after.departmentName();
        if (departmentCode.isEmpty() && itemDepartment != null) {
            departmentCode = itemDepartment.code();
            departmentName = itemDepartment.name();
        }
        BackOfficeStage stage = BackOfficeStage.of(state);
        LocalDate sentOn = stage == BackOfficeStage.NOT_SENT ? null
                : after.routedAt() != null ? day(after.routedAt()) : state.receivedOn();
        var mailing = after.resultMailing();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, state.caseId().toString());
            upsert.setString(2, departmentCode);
            upsert.setString(3, departmentName);
            upsert.setString(4, stage.name());
            upsert.setString(5, text(sentOn));
            upsert.setString(6, text(readyOn(state)));
            upsert.setInt(7, after.handedOver() ? 1 : 0);
            upsert.setInt(8, after.mailTo() != null ? 1 : 0);
            upsert.setString(9, mailing.map(m -> m.state().name()).orElse(""));
            upsert.setString(10, mailing.map(m -> m.waybillNumber()).orElse(""));
            upsert.setString(11, after.feeDue().toPlainString());
            upsert.setString(12, after.feeDue().signum() == 0 ? "NONE" : after.fee() == null ? "DUE"
                    : after.fee().waived() ? "WAIVED" : "PAID");
            upsert.setString(13, after.fee() == null ? "0" : after.fee().amount().toPlainString());
            upsert.setString(14, after.fee() == null ? "" : after.fee().receiptNumber());
            upsert.setString(15, after.fee() == null ? null : text(day(after.fee().at())));
            upsert.executeUpdate();
        }
    }

    /** The day the result was ready for the applicant: the certificate printed, or the denial concluded. */
    static LocalDate readyOn(CaseState state) {
        List<CaseState.PrintedDocument> prints = AfterAcceptanceRules.liveCertificatePrints(state);
        if (!prints.isEmpty()) {
            return day(Instant.ofEpochMilli(prints.get(0).hlc().wallMillis()));
        }
        return Boolean.FALSE.equals(state.approved()) ? state.concludedOn() : null;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, CaseFold.ZONE);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
