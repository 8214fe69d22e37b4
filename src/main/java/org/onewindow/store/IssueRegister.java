package org.onewindow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.codec.EventHash;

/**
 * Every document a case's decisions produced (文书签发登记), printed or not, byte for byte: what lets a document
 * whose print failed be printed later under its own number. A row is written once and never changed; whether it
 * was printed is read from the print archive ({@link DocumentArchive}).
 */
public final class IssueRegister {

    /** The events whose decision documents state: the openings and the void, by their stored type names. */
    private static final String DECIDING_TYPES = "('APPLICATION_ACCEPTED', 'DEFICIENCY_NOTIFIED', 'APPLICATION_REFUSED', 'VOIDED')";
    private static final String COLUMNS = "i.id, i.case_id, i.decision_event_id, i.kind, i.document_number, i.issued_at, "
            + "i.authenticity_code, i.sha256, EXISTS (SELECT 1 FROM printed_document p WHERE p.case_id = i.case_id "
            + "AND p.document_number = i.document_number)";

    private final Database database;

    IssueRegister(Database database) {
        this.database = database;
    }

    /**
     * Keeps a document just issued. If the same decision's document of that kind was kept meanwhile (two screens
     * issuing at once), that one is returned and this one is not kept.
     */
    public IssueRecord keep(UUID caseId, UUID decisionEventId, String kind, String documentNumber, Instant issuedAt,
                            String authenticityCode, byte[] pdf) {
        if (pdf.length == 0) {
            throw new IllegalArgumentException("an empty PDF was issued");
        }
        String sha256 = EventHash.sha256(pdf);
        return database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO issued_document (case_id, decision_event_id, "
                    + "kind, document_number, issued_at, authenticity_code, sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (decision_event_id, kind) DO NOTHING")) {
                insert.setString(1, caseId.toString());
                insert.setString(2, decisionEventId.toString());
                insert.setString(3, kind);
                insert.setString(4, documentNumber);
                insert.setString(5, issuedAt.toString());
                insert.setString(6, authenticityCode);
                insert.setString(7, sha256);
                insert.setBytes(8, pdf);
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", i.pdf FROM issued_document i "
                    + "WHERE i.decision_event_id = ? AND i.kind = ?")) {
                select.setString(1, decisionEventId.toString());
                select.setString(2, kind);
                return read(select).get(0);
            }
        });
    }

    /** The documents issued for one decision, with their bytes, in the order they were issued. */
    public List<IssueRecord> ofDecision(UUID decisionEventId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", i.pdf FROM issued_document i "
                    + "WHERE i.decision_event_id = ? ORDER BY i.id")) {
                select.setString(1, decisionEventId.toString());
                return read(select);
            }
        });
    }

    /** Every document issued for a case, without their bytes, in the order they were issued. */
    public List<IssueRecord> ofCase(UUID caseId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", x'' FROM issued_document i "
                    + "WHERE i.case_id = ? ORDER BY i.id")) {
                select.setString(1, caseId.toString());
                return read(select);
            }
        });
    }

    public Optional<IssueRecord> load(long id) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", i.pdf FROM issued_document i "
                    + "WHERE i.id = ?")) {
                select.setLong(1, id);
                return read(select).stream().findFirst();
            }
        });
    }

    /**
     * The documents of each case's current decision that were issued and never printed, newest first: what the
     * applicant was meant to be handed and was not.
     */
    public List<UnprintedDocument> unprinted(int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT i.id, i.case_id, c.case_number, c.applicant_name, "
                    + "i.kind, i.document_number, i.issued_at FROM issued_document i JOIN case_row c ON c.case_id = i.case_id "
                    + "WHERE NOT EXISTS (SELECT 1 FROM printed_document p WHERE p.case_id = i.case_id "
                    + "AND p.document_number = i.document_number) "
                    + "AND i.decision_event_id = (SELECT e.event_id FROM event e WHERE e.case_id = i.case_id "
                    + "AND e.type IN " + DECIDING_TYPES + " ORDER BY e.hlc DESC LIMIT 1) "
                    + "ORDER BY i.id DESC LIMIT ?")) {
                select.setInt(1, limit);
                List<UnprintedDocument> documents = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        documents.add(new UnprintedDocument(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7))));
                    }
                }
                return documents;
            }
        });
    }

    private static List<IssueRecord> read(PreparedStatement select) throws SQLException {
        List<IssueRecord> records = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                byte[] pdf = rs.getBytes(10);
                records.add(new IssueRecord(rs.getLong(1), UUID.fromString(rs.getString(2)), UUID.fromString(rs.getString(3)),
                        rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getInt(9) == 1, pdf == null ? new byte[0] : pdf));
            }
        }
        return records;
    }
}
