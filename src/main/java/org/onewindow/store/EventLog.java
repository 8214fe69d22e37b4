package org.onewindow.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.codec.EventHash;
import org.onewindow.domain.caselog.CaseEvent;

/** Reading the append-only event log (全过程记录) and checking its hash chains. */
public final class EventLog {

    private final Database database;
    private final String ownDeviceId;

    EventLog(Database database, String ownDeviceId) {
        this.database = database;
        this.ownDeviceId = ownDeviceId;
    }

    /** A case's events in HLC order: its timeline. */
    public List<CaseEvent> eventsOf(UUID caseId) {
        return database.read(c -> EventRows.ofCase(c, caseId));
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
     * Walks every device's chain in sequence order: each event's hash must match its content, and
     * must be the next event's previous hash. This device's own chain must also have no gap, since
     * it holds all of its own events; other devices' chains have gaps where their cases are not ours.
     */
    public List<ChainBreak> verify() {
        return database.read(c -> {
            List<ChainBreak> breaks = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + EventRows.COLUMNS + " FROM event ORDER BY device_id, device_seq");
                 ResultSet rs = select.executeQuery()) {
                CaseEvent previous = null;
                while (rs.next()) {
                    CaseEvent event = EventRows.read(rs, 1);
                    boolean sameDevice = previous != null && previous.deviceId().equals(event.deviceId());
                    boolean own = event.deviceId().equals(ownDeviceId);
                    if (!EventHash.matches(event)) {
                        breaks.add(new ChainBreak(event.deviceId(), event.deviceSeq(), "事件内容与其哈希不符，已被改动"));
                    }
                    long expected = sameDevice ? previous.deviceSeq() + 1 : 1;
                    if (event.deviceSeq() == expected) {
                        String expectedLink = sameDevice ? previous.hash() : "";
                        if (!event.previousHash().equals(expectedLink)) {
                            breaks.add(new ChainBreak(event.deviceId(), event.deviceSeq(), "与前一事件的哈希链接断开"));
                        }
                    } else if (own) {
                        breaks.add(new ChainBreak(event.deviceId(), event.deviceSeq(),
                                "本机事件序号不连续，缺少第" + expected + "号起的事件"));
                    }
                    previous = event;
                }
            }
            return breaks;
        });
    }
}
