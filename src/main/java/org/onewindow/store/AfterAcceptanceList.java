package org.onewindow.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.BackOfficeStage;

/** The lists after acceptance (decision record 0033), read from {@code case_after} beside {@code case_row}. */
public final class AfterAcceptanceList {

    private static final String SELECT = "SELECT " + CaseList.ROW + ", a.department_code, a.department_name, a.stage, "
            + "a.sent_on, a.ready_on, a.handed_over, a.by_mail, a.mail_state, a.waybill_number, a.fee_due, a.fee_state, "
            + "a.fee_amount, a.fee_receipt FROM case_after a JOIN case_row c ON c.case_id = a.case_id ";

    private final Database database;

    AfterAcceptanceList(Database database) {
        this.database = database;
    }

    /** One case after acceptance: its list line and where it stands. */
    public record AfterRow(CaseRow row, String departmentCode, String departmentName, BackOfficeStage stage,
                           LocalDate sentOn, LocalDate readyOn, boolean handedOver, boolean byMail, String mailState,
                           String waybillNumber, BigDecimal feeDue, String feeState, BigDecimal feeAmount,
                           String feeReceipt) {
    }

    /** What the hall sent one department and what came back (按部门统计). */
    public record DepartmentCount(String departmentCode, String departmentName, int sent, int waitingForPickUp,
                                  int inReview, int decided) {
    }

    /** The day's fees (当日收费). */
    public record DayFees(LocalDate day, int paidCount, BigDecimal paidTotal, int waivedCount) {
    }

    public List<DepartmentCount> byDepartment() {
        return database.read(c -> {
            List<DepartmentCount> counts = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT department_code, max(department_name), count(*),
                           sum(stage = 'SENT'), sum(stage IN ('UNDER_REVIEW', 'PAUSED')), sum(stage IN ('DECIDED', 'CONCLUDED'))
                    FROM case_after WHERE stage NOT IN ('NOT_SENT', 'CLOSED_AT_WINDOW') AND department_code <> ''
                    GROUP BY department_code ORDER BY department_code""");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    counts.add(new DepartmentCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
            return counts;
        });
    }

    /** The cases sent to one department, oldest sent first. */
    public List<AfterRow> ofDepartment(String departmentCode) {
        return query("WHERE a.department_code = ? AND a.stage NOT IN ('NOT_SENT', 'CLOSED_AT_WINDOW') "
                + "ORDER BY a.sent_on, c.id", departmentCode);
    }

    /** Cases the back office has not picked up, sent on or before {@code sentBy}, oldest first. */
    public List<AfterRow> notPickedUp(LocalDate sentBy) {
        return query("WHERE a.stage = 'SENT' AND a.sent_on <= ? ORDER BY a.sent_on, c.id", sentBy.toString());
    }

    /** Results ready and not yet handed over (待领取), the longest waiting first. */
    public List<AfterRow> uncollected() {
        return query("WHERE a.ready_on IS NOT NULL AND a.handed_over = 0 ORDER BY a.ready_on, c.id");
    }

    public java.util.Optional<AfterRow> of(java.util.UUID caseId) {
        return query("WHERE a.case_id = ?", caseId.toString()).stream().findFirst();
    }

    public DayFees feesOn(LocalDate day) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT fee_state, fee_amount FROM case_after WHERE fee_on = ? AND fee_state IN ('PAID', 'WAIVED')")) {
                select.setString(1, day.toString());
                int paid = 0;
                int waived = 0;
                BigDecimal total = BigDecimal.ZERO;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).equals("PAID")) {
                            paid++;
                            total = total.add(new BigDecimal(rs.getString(2)));
                        } else {
                            waived++;
                        }
                    }
                }
                return new DayFees(day, paid, total, waived);
            }
        });
    }

    private List<AfterRow> query(String where, String... parameters) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<CaseRow> rows = CaseList.rows(select);
                Map<String, Object[]> extra = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        // by name: case_row's columns come first and grow with it
                        extra.put(rs.getString(1), new Object[] {rs.getString("department_code"),
                                rs.getString("department_name"), rs.getString("stage"), rs.getString("sent_on"),
                                rs.getString("ready_on"), rs.getInt("handed_over"), rs.getInt("by_mail"),
                                rs.getString("mail_state"), rs.getString("waybill_number"), rs.getString("fee_due"),
                                rs.getString("fee_state"), rs.getString("fee_amount"), rs.getString("fee_receipt")});
                    }
                }
                List<AfterRow> after = new ArrayList<>(rows.size());
                for (CaseRow row : rows) {
                    Object[] x = extra.get(row.caseId().toString());
                    after.add(new AfterRow(row, (String) x[0], (String) x[1], BackOfficeStage.valueOf((String) x[2]),
                            date((String) x[3]), date((String) x[4]), (int) x[5] == 1, (int) x[6] == 1, (String) x[7],
                            (String) x[8], new BigDecimal((String) x[9]), (String) x[10], new BigDecimal((String) x[11]),
                            (String) x[12]));
                }
                return after;
            }
        });
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
