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
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.HybridLogicalClock;

/**
 * Appends this device's own events: the next device sequence, the HLC, the link to the previous event's hash, and the
 * device's signature of the new hash (decision record 0016). Sequence and previous hash are read inside the writer's
 * transaction, so a rolled-back save never leaves a gap or a fork in the chain. A store restored from a backup records
 * nothing until it goes on as a new device (decision record 0021): its lost days may have used the numbers it would
 * issue next.
 */
final class LocalEvents {

    private final Clock clock;
    private volatile String deviceId;
    private volatile HybridLogicalClock hlc;
    private volatile DeviceSigningKey key;
    private volatile boolean waitingForNewIdentity;

    LocalEvents(String deviceId, Clock clock, DeviceSigningKey key, boolean waitingForNewIdentity) {
        this.deviceId = deviceId;
        this.clock = clock;
        this.hlc = new HybridLogicalClock(clock, deviceId);
        this.key = key;
        this.waitingForNewIdentity = waitingForNewIdentity;
    }

    /** From now on this device writes as {@code newDeviceId}, signing with {@code newKey}; its clock never goes back. */
    synchronized void adopt(String newDeviceId, DeviceSigningKey newKey) {
        HybridLogicalClock next = new HybridLogicalClock(clock, newDeviceId);
        next.observe(hlc.now());
        this.hlc = next;
        this.deviceId = newDeviceId;
        this.key = newKey;
        this.waitingForNewIdentity = false;
    }

    DeviceSigningKey key() {
        return key;
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
        if (waitingForNewIdentity) {
            throw new Problem.RuleBroken("本机已从备份恢复，须先与中心库同步一次（接续为新设备）后才能记录；"
                    + "否则可能重复使用丢失期间已用过的受理编号。请联网后运行 onewindow sync 或在窗口中点“重试同步”");
        }
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
        SealedEvent unsigned = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), caseId, deviceId, seq, hlc.now(),
                actor, now, payload, previousHash, ""));
        SealedEvent sealed = new SealedEvent(unsigned.event(), unsigned.body(), unsigned.hash(), key.sign(unsigned.hash()));
        EventRows.insert(connection, sealed, SyncState.PENDING, now);
        return sealed.event();
    }
}
