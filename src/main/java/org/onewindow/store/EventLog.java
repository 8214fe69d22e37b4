package org.onewindow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventFormatException;
import org.onewindow.codec.EventHash;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventType;

/** Reading the append-only event log (全过程记录) and checking its hash chains. */
public final class EventLog {

    private final Database database;
    private final Supplier<String> ownDeviceId;

    EventLog(Database database, Supplier<String> ownDeviceId) {
        this.database = database;
        this.ownDeviceId = ownDeviceId;
    }

    /** A case's events in HLC order: its timeline. */
    public List<CaseEvent> eventsOf(UUID caseId) {
        return database.read(c -> EventRows.ofCase(c, caseId));
    }

    /** Events of {@code type} recorded at or after {@code since}, oldest first: e.g. the recounts to tell a supervisor of. */
    public List<CaseEvent> ofTypeSince(EventType type, Instant since) {
        return database.read(c -> {
            // instants are compared here, not as text: their text has as many fraction digits as it needs
            try (PreparedStatement select = c.prepareStatement("SELECT " + EventRows.SEALED
                    + " FROM event WHERE type = ? ORDER BY hlc")) {
                select.setString(1, type.name());
                List<CaseEvent> found = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        CaseEvent event = EventRows.read(rs, 1).event();
                        if (!event.recordedAt().isBefore(since)) {
                            found.add(event);
                        }
                    }
                }
                return found;
            }
        });
    }

    public long size() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM event"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Walks every device's chain in sequence order. Each event's hash must be that of the bytes of its body as
     * stored (never of a re-serialised event), its body must be readable and agree with the columns the
     * queries use, and its previous hash must be the hash of the event before. This device's own chain must
     * also have no gap, since it holds all of its own events; other devices' chains have gaps where their
     * cases are not ours.
     */
    public List<ChainBreak> verify() {
        String own = ownDeviceId.get();
        return database.read(c -> {
            List<ChainBreak> breaks = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT event_id, case_id, device_id, device_seq, hlc, "
                    + "previous_hash, body, hash FROM event ORDER BY device_id, device_seq");
                 ResultSet rs = select.executeQuery()) {
                String previousDevice = null;
                long previousSeq = 0;
                String previousHash = "";
                while (rs.next()) {
                    String deviceId = rs.getString(3);
                    long seq = rs.getLong(4);
                    String body = rs.getString(7);
                    String hash = rs.getString(8);
                    if (!EventHash.matches(body, hash)) {
                        breaks.add(new ChainBreak(deviceId, seq, "事件内容与其哈希不符，已被改动"));
                    }
                    String link = rs.getString(6);
                    try {
                        CaseEvent event = EventCodec.CURRENT.read(body, hash);
                        if (!agrees(event, rs)) {
                            breaks.add(new ChainBreak(deviceId, seq, "事件的索引列与其正文不一致，已被改动"));
                        }
                        link = event.previousHash();
                    } catch (EventFormatException e) {
                        breaks.add(new ChainBreak(deviceId, seq, "事件正文无法读取：" + e.getMessage()));
                    }
                    boolean sameDevice = deviceId.equals(previousDevice);
                    long expected = sameDevice ? previousSeq + 1 : 1;
                    if (seq == expected) {
                        if (!link.equals(sameDevice ? previousHash : "")) {
                            breaks.add(new ChainBreak(deviceId, seq, "与前一事件的哈希链接断开"));
                        }
                    } else if (deviceId.equals(own)) {
                        breaks.add(new ChainBreak(deviceId, seq, "本机事件序号不连续，缺少第" + expected + "号起的事件"));
                    }
                    previousDevice = deviceId;
                    previousSeq = seq;
                    previousHash = hash;
                }
            }
            return breaks;
        });
    }

    /** Whether the columns that queries and the chain walk use say what the body says. */
    private static boolean agrees(CaseEvent event, ResultSet rs) throws SQLException {
        return event.eventId().toString().equals(rs.getString(1)) && event.caseId().toString().equals(rs.getString(2))
                && event.deviceId().equals(rs.getString(3)) && event.deviceSeq() == rs.getLong(4)
                && event.hlc().encode().equals(rs.getString(5)) && event.previousHash().equals(rs.getString(6));
    }
}
