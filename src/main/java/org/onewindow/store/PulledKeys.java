package org.onewindow.store;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.onewindow.codec.EventSignature;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.DeviceKey;

/**
 * The public keys of other devices, as the centre publishes them with the events it hands out, and the check of a
 * pulled event's signature against them (decision record 0016): a signature must be its device's. An event without one
 * comes from a device that had no key when it wrote it (the centre refuses unsigned events of a device with a key).
 */
final class PulledKeys {

    private PulledKeys() {
    }

    static void store(Connection c, List<DeviceKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO device_key (device_id, key_id, public_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (DeviceKey key : keys) {
                insert.setString(1, key.deviceId());
                insert.setString(2, key.keyId());
                insert.setString(3, key.publicKey());
                insert.executeUpdate();
            }
        }
    }

    /** Why the event's signature does not hold; empty when it does, or when the event carries none. */
    static Optional<String> problem(Connection c, SealedEvent sealed) throws SQLException {
        String signature = sealed.signature();
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> keyId = EventSignature.keyIdOf(signature);
        if (keyId.isEmpty()) {
            return Optional.of("签名格式不正确");
        }
        try (PreparedStatement select = c.prepareStatement("SELECT public_key FROM device_key WHERE device_id = ? AND key_id = ?")) {
            select.setString(1, sealed.event().deviceId());
            select.setString(2, keyId.get());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.of("签名所用密钥不是中心库为设备 " + sealed.event().deviceId() + " 登记的密钥");
                }
                PublicKey key;
                try {
                    key = EventSignature.publicKey(rs.getString(1));
                } catch (IllegalArgumentException e) {
                    return Optional.of("设备公钥无效");
                }
                return EventSignature.verify(key, signature, sealed.hash()) ? Optional.empty()
                        : Optional.of("签名与事件不符（事件或签名被改动）");
            }
        }
    }
}
