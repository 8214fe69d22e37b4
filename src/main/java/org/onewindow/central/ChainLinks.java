package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each device's hash chain at the centre (decision record 0020): sequence numbers start at 1 and follow one another,
 * each event's {@code previousHash} is the hash of the event before it, and no number is ever used twice. A link is
 * kept for every event that continues the chain, whether it is then stored or refused for what it says, so the chain
 * goes on past a refused event. An event whose predecessor has not arrived waits (deferred); one that breaks the chain
 * is refused. A device's batches are checked one at a time (a lock per device, held to the end of the transaction).
 */
final class ChainLinks {

    /** What the chain says of one event. */
    record Verdict(boolean continues, boolean waits, String reason) {
        static final Verdict CONTINUES = new Verdict(true, false, "");

        static Verdict refused(String reason) {
            return new Verdict(false, false, reason);
        }

        static Verdict waiting(String reason) {
            return new Verdict(false, true, reason);
        }
    }

    private record Key(String deviceId, long seq) {
    }

    private final Map<Key, String> known = new HashMap<>();
    private final Map<Key, String> added = new LinkedHashMap<>();

    private ChainLinks() {
    }

    /** Locks the devices' chains for this transaction and reads the links around the given sequence numbers. */
    static ChainLinks load(Connection c, Map<String, List<Long>> seqsByDevice) throws SQLException {
        ChainLinks links = new ChainLinks();
        for (String deviceId : seqsByDevice.keySet().stream().sorted().toList()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(7007, hashtext(?))")) {
                lock.setString(1, deviceId);
                lock.execute();
            }
            List<Long> wanted = new ArrayList<>();
            for (long seq : seqsByDevice.get(deviceId)) {
                wanted.add(seq);
                wanted.add(seq - 1);
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT device_seq, hash FROM device_chain WHERE device_id = ? AND device_seq = ANY (?)")) {
                select.setString(1, deviceId);
                select.setArray(2, c.createArrayOf("bigint", wanted.toArray()));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        links.known.put(new Key(deviceId, row.getLong(1)), row.getString(2));
                    }
                }
            }
        }
        return links;
    }

    /** Judges one event and, when it continues the chain, takes its link for the events after it. */
    Verdict take(String deviceId, long seq, String previousHash, String hash) {
        if (seq < 1) {
            return Verdict.refused("设备序号应为正整数，实际为 " + seq + "，本条未保存");
        }
        String existing = link(deviceId, seq);
        if (existing != null) {
            return existing.equals(hash) ? Verdict.CONTINUES
                    : Verdict.refused("设备序号第 " + seq + " 号已被本设备的另一事件占用（序号不能重复使用），本条未保存");
        }
        if (seq == 1) {
            if (!previousHash.isEmpty()) {
                return Verdict.refused("本设备的第 1 号事件不应链接前一事件（哈希链有误），本条未保存");
            }
        } else {
            String before = link(deviceId, seq - 1);
            if (before == null) {
                return Verdict.waiting("本设备的前一事件（第 " + (seq - 1) + " 号）尚未到达中心库，本条暂缓，待前一事件上传后再收");
            }
            if (!before.equals(previousHash)) {
                return Verdict.refused("与本设备第 " + (seq - 1) + " 号事件的哈希链不符（previousHash 有误），本条未保存");
            }
        }
        added.put(new Key(deviceId, seq), hash);
        return Verdict.CONTINUES;
    }

    private String link(String deviceId, long seq) {
        Key key = new Key(deviceId, seq);
        String hash = added.get(key);
        return hash != null ? hash : known.get(key);
    }

    /** Keeps the links taken in this batch. */
    void store(Connection c) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO device_chain (device_id, device_seq, hash)
                SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[]) ON CONFLICT DO NOTHING""")) {
            insert.setArray(1, c.createArrayOf("text", added.keySet().stream().map(Key::deviceId).toArray()));
            insert.setArray(2, c.createArrayOf("bigint", added.keySet().stream().map(Key::seq).toArray()));
            insert.setArray(3, c.createArrayOf("text", added.values().toArray()));
            insert.executeUpdate();
        }
    }
}
