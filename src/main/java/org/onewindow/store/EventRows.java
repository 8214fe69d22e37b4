package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.codec.Json;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;

/** The event table's rows as {@link CaseEvent}s. */
final class EventRows {

    static final String COLUMNS = "event_id, case_id, device_id, device_seq, hlc, actor, recorded_at, payload, "
            + "previous_hash, hash";

    private EventRows() {
    }

    static void insert(Connection connection, CaseEvent event, SyncState state, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event (" + COLUMNS
                + ", type, sync_state, sync_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, event.eventId().toString());
            insert.setString(2, event.caseId().toString());
            insert.setString(3, event.deviceId());
            insert.setLong(4, event.deviceSeq());
            insert.setString(5, event.hlc().encode());
            insert.setString(6, event.actor());
            insert.setString(7, event.recordedAt().toString());
            insert.setString(8, Json.write(event.payload()));
            insert.setString(9, event.previousHash());
            insert.setString(10, event.hash());
            insert.setString(11, event.type().name());
            insert.setString(12, state.name());
            insert.setString(13, now.toString());
            insert.executeUpdate();
        }
    }

    /** Reads the columns of {@link #COLUMNS}, starting at column {@code first}. */
    static CaseEvent read(ResultSet rs, int first) throws SQLException {
        return new CaseEvent(UUID.fromString(rs.getString(first)), UUID.fromString(rs.getString(first + 1)),
                rs.getString(first + 2), rs.getLong(first + 3), Hlc.decode(rs.getString(first + 4)),
                rs.getString(first + 5), Instant.parse(rs.getString(first + 6)),
                Json.read(rs.getString(first + 7), EventPayload.class), rs.getString(first + 8), rs.getString(first + 9));
    }

    /** A case's events in HLC order. */
    static List<CaseEvent> ofCase(Connection connection, UUID caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM event WHERE case_id = ? ORDER BY hlc")) {
            select.setString(1, caseId.toString());
            List<CaseEvent> events = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs, 1));
                }
            }
            return events;
        }
    }

    static boolean exists(Connection connection, UUID eventId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM event WHERE event_id = ?")) {
            select.setString(1, eventId.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
