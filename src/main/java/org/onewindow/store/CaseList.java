package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.identity.IdentifierCheck;
import org.onewindow.domain.identity.Identifiers;
import org.onewindow.domain.identity.PhoneNumber;
import org.onewindow.domain.intake.DecisionKind;

/**
 * The case list and search (办件查询) over the projection. A whole phone number finds the applicant's cases. Text of three characters or more goes
 * through the trigram full-text index, which finds any part of a name, ID or case number; shorter
 * text (a two-character name such as 张三, a surname) cannot be split into trigrams, so it matches
 * the start of the applicant's name through the name index, or a whole case or ID number.
 * Text with control characters (a NUL pasted from a card reader) is matched by a plain scan.
 * Text that may be a document number is also looked for in its standard form ({@link Identifiers#searchKeys}),
 * as the projection keeps it: typed with spaces, hyphens, a lower-case x or full-width digits, or as the old
 * 15-digit number of a resident now recorded with 18.
 */
public final class CaseList {

    static final String ROW = "c.case_id, c.case_number, c.status, c.applicant_name, c.id_number, "
            + "c.id_masked, c.item_codes, c.item_names, c.bundle_code, c.received_on, c.promised_date, "
            + "c.statutory_deadline, c.responsible_clerk, (SELECT group_concat(DISTINCT e.sync_state) FROM event e "
            + "WHERE e.case_id = c.case_id AND e.sync_state <> 'SYNCED'), c.decision, c.phone";
    private static final int MAX_PAGE = 500;

    private final Database database;

    CaseList(Database database) {
        this.database = database;
    }

    /** One page of the cases matching {@code filter}, newest first (name order for short text). */
    public Page<CaseRow> find(CaseFilter filter, int pageIndex, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE || pageIndex < 0) {
            throw new IllegalArgumentException("分页参数不合法：第" + pageIndex + "页，每页" + pageSize + "条");
        }
        Query query = new Query();
        String text = filter.text();
        int length = text.codePointCount(0, text.length());
        IdentifierCheck phone = PhoneNumber.check(text);
        if (!text.isEmpty() && phone.valid() && !CaseNumber.isValid(text)) {
            // a whole phone number, as the applicant says it: the phone index, not the trigrams of its digits
            query.from = "case_row c";
            query.where("c.phone = ?", phone.normalized());
            query.order = "c.id DESC";
        } else if (text.codePoints().anyMatch(Character::isISOControl)) {
            // FTS5 query text ends at a NUL, so pasted control characters are matched by a plain scan.
            query.from = "case_row c";
            query.where("(instr(c.applicant_name, ?) > 0 OR instr(c.id_number, ?) > 0 OR instr(c.case_number, ?) > 0)",
                    text, text, text);
            query.order = "c.id DESC";
        } else if (length >= 3) {
            query.from = "case_search s JOIN case_row c ON c.id = s.rowid";
            query.where("case_search MATCH ?", phrases(text, Identifiers.searchKeys(text)));
            query.order = "s.rowid DESC";
        } else if (length > 0) {
            query.from = "case_row c";
            query.where("(c.applicant_name >= ? AND c.applicant_name < ?)", text, text + Character.toString(Character.MAX_CODE_POINT));
            query.order = "c.applicant_name, c.id";
        } else {
            query.from = "case_row c";
            query.order = "c.received_on DESC, c.id DESC";
        }
        Query narrowing = new Query();
        if (filter.receivedFrom() != null) {
            narrowing.where("c.received_on >= ?", filter.receivedFrom().toString());
        }
        if (filter.receivedTo() != null) {
            narrowing.where("c.received_on <= ?", filter.receivedTo().toString());
        }
        if (!filter.departmentCode().isEmpty()) {
            narrowing.where("c.department_codes LIKE ? ESCAPE '\\'", "% " + escapeLike(filter.departmentCode()) + " %");
        }
        if (!filter.itemCode().isEmpty()) {
            narrowing.where("(' ' || c.item_codes || ' ') LIKE ? ESCAPE '\\'", "% " + escapeLike(filter.itemCode()) + " %");
        }
        if (!filter.statuses().isEmpty() && length == 0) {
            query.where(newestPerStatus(filter, narrowing, (long) (pageIndex + 1) * pageSize + 1));
        } else {
            if (!filter.statuses().isEmpty()) {
                query.where("c.status IN (" + String.join(",", filter.statuses().stream().map(s -> "?").toList()) + ")",
                        filter.statuses().stream().map(Enum::name).toArray());
            }
            query.where(narrowing);
        }
        List<CaseRow> rows = database.read(c -> query.run(c, pageSize + 1, (long) pageIndex * pageSize));
        // Only a bare search box adds whole short numbers; with other filters they would bypass them.
        if (length > 0 && length < 3 && pageIndex == 0 && filter.equals(CaseFilter.text(text))) {
            rows = withExactNumbers(text, rows, pageSize + 1);
        }
        boolean more = rows.size() > pageSize;
        return new Page<>(more ? rows.subList(0, pageSize) : rows, pageIndex, pageSize, more);
    }

    /**
     * The first {@code limit} matches of {@code text}: the search box. A whole case number or ID
     * number (in each of its standard forms) is looked up in its own index first; the trigram search
     * would find it too, but a full number's common trigrams (110, 105 …) touch a large part of the index.
     */
    public List<CaseRow> search(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        Query exact = new Query();
        List<String> either = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (CaseNumber.isValid(typed)) {
            either.add("c.case_number = ?");
            values.add(CaseNumber.parse(typed).text());
        }
        List<String> idNumbers = Identifiers.searchKeys(typed);
        if (!idNumbers.isEmpty()) {
            either.add("c.id_number IN (" + String.join(", ", Collections.nCopies(idNumbers.size(), "?")) + ")");
            values.addAll(idNumbers);
        }
        if (!either.isEmpty()) {
            exact.from = "case_row c";
            exact.where("(" + String.join(" OR ", either) + ")", values.toArray());
            exact.order = "c.id DESC";
            List<CaseRow> rows = database.read(c -> exact.run(c, limit, 0));
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        return find(CaseFilter.text(typed), 0, limit).rows();
    }

    /** Cases received on {@code day} (今日办件), newest first. */
    public List<CaseRow> receivedOn(LocalDate day, int limit) {
        return find(CaseFilter.ALL.receivedBetween(day, day), 0, limit).rows();
    }

    /** Open cases whose promised date falls on or before {@code until} (临近期限), the most urgent first. */
    public List<CaseRow> deadlinesBy(LocalDate until, int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ROW + " FROM case_row c "
                    + "WHERE c.open = 1 AND c.promised_date <= ? ORDER BY c.promised_date, c.id LIMIT ?")) {
                select.setString(1, until.toString());
                select.setInt(2, limit);
                return rows(select);
            }
        });
    }

    /**
     * The items this workstation takes most, each applied for alone (not in a bundle), most taken first: what a
     * clerk picks with one key (常办事项).
     */
    public List<String> mostTakenItems(int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT item_codes FROM case_row WHERE bundle_code = '' "
                    + "AND instr(item_codes, ' ') = 0 GROUP BY item_codes ORDER BY count(*) DESC, max(id) DESC LIMIT ?")) {
                select.setInt(1, limit);
                List<String> codes = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
                return codes;
            }
        });
    }

    /** Every case of the applicant with this document number (in its standard form), newest first. */
    public List<CaseRow> byIdNumber(String standardForm, int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ROW + " FROM case_row c WHERE c.id_number = ? "
                    + "ORDER BY c.id DESC LIMIT ?")) {
                select.setString(1, standardForm);
                select.setInt(2, limit);
                return rows(select);
            }
        });
    }

    /** Every case not yet closed (未办结), by id. */
    public List<UUID> openCaseIds() {
        return database.read(c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT case_id FROM case_row WHERE open = 1");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(UUID.fromString(rs.getString(1)));
                }
            }
            return ids;
        });
    }

    public Optional<CaseRow> byCaseId(UUID caseId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ROW + " FROM case_row c WHERE c.case_id = ?")) {
                select.setString(1, caseId.toString());
                return rows(select).stream().findFirst();
            }
        });
    }

    /** The case with this number as typed at the window; throws with a Chinese message if mistyped. */
    public Optional<CaseRow> byCaseNumber(String typed) {
        String number = CaseNumber.parse(typed).text();
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ROW + " FROM case_row c WHERE c.case_number = ?")) {
                select.setString(1, number);
                return rows(select).stream().findFirst();
            }
        });
    }

    public long count() {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM case_row");
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Short text may also be a whole ID or case number that happens to be short (a passport number). */
    private List<CaseRow> withExactNumbers(String text, List<CaseRow> byName, int limit) {
        List<CaseRow> exact = database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ROW + " FROM case_row c "
                    + "WHERE c.id_number = ? OR c.case_number = ? LIMIT ?")) {
                select.setString(1, text);
                select.setString(2, text);
                select.setInt(3, limit);
                return rows(select);
            }
        });
        if (exact.isEmpty()) {
            return byName;
        }
        List<CaseRow> merged = new ArrayList<>(exact);
        byName.stream().filter(r -> exact.stream().noneMatch(e -> e.caseId().equals(r.caseId()))).forEach(merged::add);
        return merged.size() > limit ? merged.subList(0, limit) : merged;
    }

    /**
     * The newest cases of each wanted status, each read in order from the status index and cut at
     * {@code depth}, so a rare status is found at once and a common one is not sorted whole.
     */
    private static Query newestPerStatus(CaseFilter filter, Query narrowing, long depth) {
        Query ids = new Query();
        List<String> parts = new ArrayList<>();
        for (CaseStatus status : filter.statuses().stream().sorted().toList()) {
            parts.add("SELECT id FROM (SELECT c.id FROM case_row c WHERE c.status = ?"
                    + narrowing.conditions.stream().map(cond -> " AND " + cond).reduce("", String::concat)
                    + " ORDER BY c.received_on DESC, c.id DESC LIMIT ?)");
            ids.parameters.add(status.name());
            ids.parameters.addAll(narrowing.parameters);
            ids.parameters.add(depth);
        }
        ids.conditions.add("c.id IN (" + String.join(" UNION ALL ", parts) + ")");
        return ids;
    }

    /** The text as one FTS5 phrase: quotes doubled, so nothing the clerk types is read as query syntax. */
    static String phrase(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** The text as typed or any of its standard forms: one FTS5 query of phrases joined by OR. */
    static String phrases(String text, List<String> standardForms) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(text);
        forms.addAll(standardForms);
        return String.join(" OR ", forms.stream().map(CaseList::phrase).toList());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static List<CaseRow> rows(PreparedStatement select) throws SQLException {
        List<CaseRow> rows = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new CaseRow(UUID.fromString(rs.getString(1)), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), Arrays.asList(rs.getString(7).split(" ")),
                        rs.getString(8), rs.getString(9), LocalDate.parse(rs.getString(10)), date(rs.getString(11)),
                        date(rs.getString(12)), rs.getString(13), syncState(rs.getString(14)),
                        rs.getString(15).isEmpty() ? null : DecisionKind.valueOf(rs.getString(15)), rs.getString(16)));
            }
        }
        return rows;
    }

    /** The least advanced state wins: one rejected event makes the whole case show as rejected. */
    private static SyncState syncState(String unsent) {
        if (unsent == null) {
            return SyncState.SYNCED;
        }
        for (SyncState state : List.of(SyncState.DEAD_LETTER, SyncState.FAILED, SyncState.SENDING)) {
            if (unsent.contains(state.name())) {
                return state;
            }
        }
        return SyncState.PENDING;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** A SELECT assembled from optional conditions, with its parameters in order. */
    private static final class Query {
        private String from;
        private String order;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void where(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(Arrays.asList(values));
        }

        void where(Query other) {
            conditions.addAll(other.conditions);
            parameters.addAll(other.parameters);
        }

        List<CaseRow> run(Connection connection, int limit, long offset) throws SQLException {
            String sql = "SELECT " + ROW + " FROM " + from
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY " + order + " LIMIT ? OFFSET ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object value : parameters) {
                    select.setObject(i++, value);
                }
                select.setInt(i++, limit);
                select.setLong(i, offset);
                return rows(select);
            }
        }
    }
}
