package org.onewindow.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.onewindow.domain.caselog.DeviceCode;

/**
 * The device row: created on first run, confirmed or re-coded by enrollment. The bearer token is not in the database
 * but in {@code keys/device-token}, readable by the owner only (decision record 0021): a copy of the database, a
 * backup or a support dump carries no credential.
 */
final class Devices {

    private static final String TOKEN_FILE = "device-token";

    private final Database database;
    private final Clock clock;
    private final Path keys;

    Devices(Database database, Clock clock, Path keys) {
        this.database = database;
        this.clock = clock;
        this.keys = keys;
        moveTokenOutOfTheDatabase();
    }

    /** This device, created with a fresh id and code the first time the store is opened. */
    DeviceIdentity current() {
        DeviceIdentity existing = database.read(c -> load(c, token()));
        if (existing != null) {
            return existing;
        }
        return database.write(connection -> {
            DeviceIdentity raced = load(connection, token());
            if (raced != null) {
                return raced;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO device (id, device_id, device_code, created_at) VALUES (1, ?, ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, DeviceCode.random(new SecureRandom()));
                insert.setString(3, clock.instant().toString());
                insert.executeUpdate();
            }
            return load(connection, token());
        });
    }

    /**
     * Records the enrollment. The central store may hand out a different short code if the first-run one is taken, and
     * new case numbers use it from then on. The demo accounts go in the same transaction: an enrolled window signs in
     * only the hall's people (and accounts made here).
     */
    DeviceIdentity enroll(String deviceCode, String serverUrl, String deviceToken, boolean keyConfirmed) {
        if (!DeviceCode.isValid(deviceCode)) {
            throw new IllegalArgumentException("中心下发的设备码不合法：" + deviceCode);
        }
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(deviceToken, "deviceToken");
        current();
        writeToken(deviceToken);
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE device SET device_code = ?, server_url = ?, "
                    + "device_token = '', enrolled_at = ?, key_confirmed = ?, restored_at = NULL WHERE id = 1")) {
                update.setString(1, deviceCode);
                update.setString(2, serverUrl);
                update.setString(3, clock.instant().toString());
                update.setInt(4, keyConfirmed ? 1 : 0);
                update.executeUpdate();
            }
            UserAccounts.removeDemoAccounts(connection);
            return load(connection, deviceToken);
        });
    }

    /**
     * Takes the identity the centre gave: an id it assigned (before this device wrote anything) or the new device a
     * restored window goes on as, whose predecessor is the device it was.
     */
    DeviceIdentity adopt(String deviceId, String predecessorId) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE device SET device_id = ?, predecessor_id = ? WHERE id = 1")) {
                update.setString(1, deviceId);
                update.setString(2, predecessorId);
                update.executeUpdate();
            }
            return load(connection, token());
        });
    }

    /** The centre has this device's key: it signs, and the centre checks, from now on. */
    void confirmKey() {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE device SET key_confirmed = 1 WHERE id = 1")) {
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * After a restore: this device's data is the backup's, its identity and enrollment are those it had until now, and
     * when it is enrolled it must go on as a new device before it records anything.
     */
    DeviceIdentity markRestored(DeviceIdentity before) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE device SET device_id = ?, device_code = ?, "
                    + "server_url = ?, device_token = '', enrolled_at = ?, restored_at = ?, predecessor_id = ? WHERE id = 1")) {
                update.setString(1, before.deviceId());
                update.setString(2, before.deviceCode());
                update.setString(3, before.serverUrl());
                update.setString(4, before.enrolledAt() == null ? null : before.enrolledAt().toString());
                update.setString(5, before.enrolled() ? clock.instant().toString() : null);
                update.setString(6, before.predecessorId());
                update.executeUpdate();
            }
            return load(connection, token());
        });
    }

    /** Forgets the token (revoked by the centre, or the device is re-enrolled); keeps the identity. */
    DeviceIdentity forgetToken() {
        current();
        try {
            Files.deleteIfExists(keys.resolve(TOKEN_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除设备令牌文件", e);
        }
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE device SET device_token = '', enrolled_at = NULL WHERE id = 1")) {
                update.executeUpdate();
            }
            return load(connection, "");
        });
    }

    private String token() {
        try {
            Path file = keys.resolve(TOKEN_FILE);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取设备令牌文件", e);
        }
    }

    private void writeToken(String token) {
        try {
            OwnerOnly.folder(keys);
            OwnerOnly.write(keys.resolve(TOKEN_FILE), token.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存设备令牌文件", e);
        }
    }

    /** A token an earlier build kept in the database goes to its file, and out of the database, once. */
    private void moveTokenOutOfTheDatabase() {
        String kept = database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT device_token FROM device WHERE id = 1");
                 ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
        if (kept == null || kept.isEmpty()) {
            return;
        }
        writeToken(kept);
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE device SET device_token = '' WHERE id = 1")) {
                update.executeUpdate();
            }
            return null;
        });
    }

    static DeviceIdentity load(Connection connection, String token) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT device_id, device_code, created_at, enrolled_at, "
                + "server_url, restored_at, predecessor_id, key_confirmed FROM device WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            String enrolled = rs.getString(4);
            String restored = rs.getString(6);
            return new DeviceIdentity(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                    enrolled == null || token.isEmpty() ? null : Instant.parse(enrolled), rs.getString(5), token,
                    restored == null ? null : Instant.parse(restored), rs.getString(7), rs.getInt(8) == 1);
        }
    }
}
