package org.onewindow.central;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.codec.EventSignature;
import org.onewindow.codec.sync.DeviceKey;

/**
 * The public keys devices sign their events with (decision record 0016): registered at enrollment (or by a window
 * that had none), kept for good so events signed by a key since rotated still verify, and published in the change
 * feed. A device with a key may push only events signed by one of its keys.
 */
final class DeviceKeys {

    private DeviceKeys() {
    }

    /** Registers a key for a device and returns its id; refuses text that is no Ed25519 public key. */
    static String register(Connection c, String deviceId, String publicKeyText, Instant now) throws SQLException {
        PublicKey key;
        try {
            key = EventSignature.publicKey(publicKeyText);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("设备公钥无效：" + e.getMessage());
        }
        String keyId = EventSignature.keyId(key);
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO device_key (device_id, key_id, public_key, registered_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            insert.setString(1, deviceId);
            insert.setString(2, keyId);
            insert.setString(3, EventSignature.publicKeyText(key));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        }
        return keyId;
    }

    /** The keys of these devices, by device and key id; a device without keys is absent. */
    static Map<String, Map<String, PublicKey>> of(Connection c, Collection<String> deviceIds) throws SQLException {
        Map<String, Map<String, PublicKey>> keys = new HashMap<>();
        for (DeviceKey key : published(c, deviceIds)) {
            keys.computeIfAbsent(key.deviceId(), d -> new HashMap<>()).put(key.keyId(), EventSignature.publicKey(key.publicKey()));
        }
        return keys;
    }

    /** The keys of these devices as the feed and case files carry them. */
    static List<DeviceKey> published(Connection c, Collection<String> deviceIds) throws SQLException {
        List<DeviceKey> keys = new ArrayList<>();
        if (deviceIds.isEmpty()) {
            return keys;
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT device_id, key_id, public_key FROM device_key WHERE device_id = ANY (?) ORDER BY device_id, key_id")) {
            select.setArray(1, c.createArrayOf("text", deviceIds.stream().distinct().toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    keys.add(new DeviceKey(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
        }
        return keys;
    }
}
