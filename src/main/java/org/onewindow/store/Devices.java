package org.onewindow.store;

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

/** The device row: created on first run, confirmed or re-coded by enrollment. */
final class Devices {

    private final Database database;
    private final Clock clock;

    Devices(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** This device, created with a fresh id and code the first time the store is opened. */
    DeviceIdentity current() {
        DeviceIdentity existing = database.read(Devices::load);
        if (existing != null) {
            return existing;
        }
        return database.write(connection -> {
            DeviceIdentity raced = load(connection);
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
            return load(connection);
        });
    }

    /**
     * Records the enrollment. The device id never changes (it is in every event already written);
     * the central store may hand out a different short code if the first-run one is taken, and new
     * case numbers use it from then on.
     */
    DeviceIdentity enroll(String deviceCode, String serverUrl, String deviceToken) {
        if (!DeviceCode.isValid(deviceCode)) {
            throw new IllegalArgumentException("中心下发的设备码不合法：" + deviceCode);
        }
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(deviceToken, "deviceToken");
        current();
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE device SET device_code = ?, server_url = ?, device_token = ?, enrolled_at = ? WHERE id = 1")) {
                update.setString(1, deviceCode);
                update.setString(2, serverUrl);
                update.setString(3, deviceToken);
                update.setString(4, clock.instant().toString());
                update.executeUpdate();
            }
            return load(connection);
        });
    }

    /** Forgets the token (revoked by the centre, or the device is re-enrolled); keeps the identity. */
    DeviceIdentity forgetToken() {
        current();
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE device SET device_token = '', enrolled_at = NULL WHERE id = 1")) {
                update.executeUpdate();
            }
            return load(connection);
        });
    }

    static DeviceIdentity load(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT device_id, device_code, created_at, enrolled_at, server_url, device_token FROM device WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            String enrolled = rs.getString(4);
            return new DeviceIdentity(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                    enrolled == null ? null : Instant.parse(enrolled), rs.getString(5), rs.getString(6));
        }
    }
}
