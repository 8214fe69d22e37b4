package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.SealedEvent;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.HybridLogicalClock;

/**
 * Appends this device's own events: the next device sequence, the HLC, and the link to the
 * previous event's hash. Sequence and previous hash are read inside the writer's transaction, so a
 * rolled-back save never leaves a gap or a fork in the chain.
 */
final class LocalEvents {

    private final String deviceId;
    private final Clock clock;
    private final HybridLogicalClock hlc;

    LocalEvents(String deviceId, Clock clock) {
        this.deviceId = deviceId;
        this.clock = clock;
        this.hlc = new HybridLogicalClock(clock, deviceId);
    }

    /** Moves the clock past every event already in the log, so a clock set back cannot reorder them. */
    void observeLatest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT max(hlc) FROM event");
             ResultSet rs = select.executeQuery()) {
            if (rs.next() && rs.getString(1) != null) {
                hlc.observe(Hlc.decode(rs.getString(1)));
            }
        }
    }

    void observe(Hlc remote) {
        hlc.observe(remote);
    }

    String deviceId() {
        return deviceId;
    }

    /**
     * Appends one event as PENDING, its body written and hashed here once (decision record 0016); must run
     * inside the writer's transaction. Returns the event as the fold reads it.
     */
    CaseEvent append(Connection connection, UUID caseId, String actor, EventPayload payload) throws SQLException {
        long seq = 1;
        String previousHash = "";
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT device_seq, hash FROM event WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1")) {
            last.setString(1, deviceId);
            try (ResultSet rs = last.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                    previousHash = rs.getString(2);
                }
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SealedEvent sealed = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), caseId, deviceId, seq, hlc.now(),
                actor, now, payload, previousHash, ""));
        EventRows.insert(connection, sealed, SyncState.PENDING, now);
        return sealed.event();
    }
}
