package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every document printed for a case, byte for byte. Rows are added only together with their
 * DOCUMENT_PRINTED event (see {@link CaseDesk#recordPrinted}); the table refuses updates and deletes.
 */
public final class DocumentArchive {

    private final Database database;

    DocumentArchive(Database database) {
        this.database = database;
    }

    /** The documents of a case in print order, without their bytes. */
    public List<ArchivedDocument> of(UUID caseId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, case_id, event_id, kind, document_number, "
                    + "reprint, printed_at, sha256, x'' FROM printed_document WHERE case_id = ? ORDER BY id")) {
                select.setString(1, caseId.toString());
                return read(select);
            }
        });
    }

    /** One document with its PDF bytes. */
    public Optional<ArchivedDocument> load(long id) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, case_id, event_id, kind, document_number, "
                    + "reprint, printed_at, sha256, pdf FROM printed_document WHERE id = ?")) {
                select.setLong(1, id);
                return read(select).stream().findFirst();
            }
        });
    }

    /** The last printed document of a kind for a case, with its bytes: what a reprint starts from. */
    public Optional<ArchivedDocument> latest(UUID caseId, String kind) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, case_id, event_id, kind, document_number, "
                    + "reprint, printed_at, sha256, pdf FROM printed_document WHERE case_id = ? AND kind = ? "
                    + "ORDER BY id DESC LIMIT 1")) {
                select.setString(1, caseId.toString());
                select.setString(2, kind);
                return read(select).stream().findFirst();
            }
        });
    }

    static void insert(Connection c, ArchivedDocument d) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO printed_document (case_id, event_id, kind, "
                + "document_number, reprint, printed_at, sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, d.caseId().toString());
            insert.setString(2, d.eventId().toString());
            insert.setString(3, d.kind());
            insert.setString(4, d.documentNumber());
            insert.setInt(5, d.reprint() ? 1 : 0);
            insert.setString(6, d.printedAt().toString());
            insert.setString(7, d.sha256());
            insert.setBytes(8, d.pdf());
            insert.executeUpdate();
        }
    }

    private static List<ArchivedDocument> read(PreparedStatement select) throws SQLException {
        List<ArchivedDocument> documents = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                byte[] pdf = rs.getBytes(9);
                documents.add(new ArchivedDocument(rs.getLong(1), UUID.fromString(rs.getString(2)),
                        UUID.fromString(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6) == 1,
                        Instant.parse(rs.getString(7)), rs.getString(8), pdf == null ? new byte[0] : pdf));
            }
        }
        return documents;
    }
}
