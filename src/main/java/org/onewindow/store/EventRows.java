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
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.SealedEvent;
import org.onewindow.domain.caselog.CaseEvent;

/**
 * The event table's rows. A row is its body, hash and signature (decision record 0016); the other columns
 * are copied from the body when the row is written, for queries and indexes, and are never read back as the
 * event: an event is always decoded from its body.
 */
final class EventRows {

    /** What a row is; read with {@link #read}. */
    static final String SEALED = "body, hash, signature";

    private EventRows() {
    }

    static void insert(Connection connection, SealedEvent sealed, SyncState state, Instant now) throws SQLException {
        CaseEvent event = sealed.event();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event (event_id, case_id, device_id, "
                + "device_seq, hlc, actor, recorded_at, type, previous_hash, body, hash, signature, sync_state, "
                + "sync_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, event.eventId().toString());
            insert.setString(2, event.caseId().toString());
            insert.setString(3, event.deviceId());
            insert.setLong(4, event.deviceSeq());
            insert.setString(5, event.hlc().encode());
            insert.setString(6, event.actor());
            insert.setString(7, event.recordedAt().toString());
            insert.setString(8, event.type().name());
            insert.setString(9, event.previousHash());
            insert.setString(10, sealed.body());
            insert.setString(11, sealed.hash());
            insert.setString(12, sealed.signature());
            insert.setString(13, state.name());
            insert.setString(14, now.toString());
            insert.executeUpdate();
        }
    }

    /** Decodes the columns of {@link #SEALED}, starting at column {@code first}. */
    static SealedEvent read(ResultSet rs, int first) throws SQLException {
        return EventCodec.CURRENT.open(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2));
    }

    /** A case's events in HLC order. */
    static List<CaseEvent> ofCase(Connection connection, UUID caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + SEALED + " FROM event WHERE case_id = ? ORDER BY hlc")) {
            select.setString(1, caseId.toString());
            List<CaseEvent> events = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs, 1).event());
                }
            }
            return events;
        }
    }

    /** The body stored under {@code eventId}, if any. */
    static Optional<String> bodyOf(Connection connection, UUID eventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT body FROM event WHERE event_id = ?")) {
            select.setString(1, eventId.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
