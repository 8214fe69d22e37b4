package org.onewindow.central;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.onewindow.codec.CanonicalJson;
import org.onewindow.codec.EventHash;

/**
 * The centre's audit (审计日志, 等保 access control and audit): every enrollment and refused enrollment, revocation,
 * administrative step, failed authentication and fetch of personal data, with who, what, when and from where. Each
 * row carries the hash of the row before it, over a canonical text of its fields, so a changed, inserted or removed
 * row breaks the chain that {@link #verify} walks; the table itself refuses updates and deletes.
 */
public final class Audit {

    /** What happened. The names are stored: never rename one. */
    public enum Action {
        DEVICE_ENROLLED, ENROLLMENT_REFUSED, ENROLLMENT_CODE_ISSUED, DEVICE_REVOKED, DEVICE_SUCCEEDED, KEY_REGISTERED,
        AUTH_FAILED, CASE_FETCHED, CASE_LOOKUP_REFUSED, BACKOFFICE_CASE_FETCHED, BACKOFFICE_STEP, BACKOFFICE_ADDED,
        BACKOFFICE_REVOKED, USER_SAVED, USER_DISABLED, PASSWORD_CHANGED, CATALOG_PUBLISHED, CALENDAR_PUBLISHED
    }

    /** One row as stored. */
    public record Entry(long id, Instant at, String actor, String action, String subject, String detail, String source,
                        String previousHash, String hash) {
    }

    /** Where the chain first does not hold, if anywhere, and how many rows were walked. */
    public record Verification(long rows, Optional<String> firstBreak) {
        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** Serialises writers across service instances, so rows chain in the order their ids are drawn. */
    private static final long LOCK = 6_012;

    private final DataSource dataSource;
    private final Clock clock;

    public Audit(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Adds a row in a transaction of its own (a refusal: the request it records changed nothing). */
    public void record(String actor, Action action, String subject, String detail, String source) {
        Sql.inTransaction(dataSource, c -> {
            record(c, clock, actor, action, subject, detail, source);
            return null;
        });
    }

    /** Adds a row inside the caller's transaction: the row and what it records are committed together or not at all. */
    static void record(Connection c, Clock clock, String actor, Action action, String subject, String detail,
                       String source) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
        String previous = "";
        try (PreparedStatement last = c.prepareStatement("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
             ResultSet row = last.executeQuery()) {
            if (row.next()) {
                previous = row.getString(1);
            }
        }
        long id;
        try (PreparedStatement next = c.prepareStatement("SELECT nextval('audit_log_id_seq')"); ResultSet row = next.executeQuery()) {
            row.next();
            id = row.getLong(1);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Entry entry = new Entry(id, at, clip(actor), action.name(), clip(subject), clip(detail), clip(source), previous, "");
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_log (id, at, actor, action, subject, detail, source, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setString(5, entry.subject());
            insert.setString(6, entry.detail());
            insert.setString(7, entry.source());
            insert.setString(8, previous);
            insert.setString(9, hash(entry));
            insert.executeUpdate();
        }
    }

    /** Rows from {@code afterId} on, oldest first, at most {@code limit}. */
    public List<Entry> read(long afterId, int limit) {
        return Sql.inTransaction(dataSource, c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT id, at, actor, action, subject, detail, source, previous_hash, hash FROM audit_log
                    WHERE id > ? ORDER BY id LIMIT ?""")) {
                select.setLong(1, afterId);
                select.setInt(2, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        entries.add(entry(row));
                    }
                }
            }
            return entries;
        });
    }

    /** Walks the whole chain: each row's hash must be that of its fields and the hash of the row before it. */
    public Verification verify() {
        return Sql.inTransaction(dataSource, c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long rows = 0;
            String previous = "";
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT id, at, actor, action, subject, detail, source, previous_hash, hash FROM audit_log ORDER BY id""")) {
                select.setFetchSize(1_000);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Entry entry = entry(row);
                        rows++;
                        if (!entry.previousHash().equals(previous)) {
                            return new Verification(rows, Optional.of("第 " + entry.id() + " 条与前一条的哈希链接断开（其前有记录被删除、插入或改动）"));
                        }
                        if (!hash(entry).equals(entry.hash())) {
                            return new Verification(rows, Optional.of("第 " + entry.id() + " 条的内容与其哈希不符（已被改动）"));
                        }
                        previous = entry.hash();
                    }
                }
            }
            return new Verification(rows, Optional.empty());
        });
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9));
    }

    /** SHA-256 of the row's fields and the previous row's hash, as RFC 8785 canonical JSON. */
    static String hash(Entry entry) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("id", entry.id());
        fields.put("at", entry.at().truncatedTo(ChronoUnit.MICROS).toString());
        fields.put("actor", entry.actor());
        fields.put("action", entry.action());
        fields.put("subject", entry.subject());
        fields.put("detail", entry.detail());
        fields.put("source", entry.source());
        fields.put("previousHash", entry.previousHash());
        return EventHash.of(CanonicalJson.write(fields));
    }

    /** Audit rows name things, they do not carry payloads: an attacker's 5 MB must not end up here. */
    private static String clip(String text) {
        String value = text == null ? "" : text;
        StringBuilder clean = new StringBuilder(Math.min(value.length(), 500));
        for (int i = 0; i < value.length() && clean.length() < 500; i++) {
            char c = value.charAt(i);
            clean.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        }
        return clean.toString();
    }
}
