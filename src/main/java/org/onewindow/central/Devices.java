package org.onewindow.central;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.onewindow.codec.sync.Enrollment;

/**
 * Device enrollment (设备注册): an administrator issues a one-time code bound to a device id, a hall
 * and a region; the device trades it for a bearer token; revoking the device refuses the token.
 */
public final class Devices {

    private final DataSource dataSource;
    private final Clock clock;

    public Devices(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Issues a one-time code; re-enrolling an existing device id (a reinstalled PC) replaces its token. */
    public String issueEnrollmentCode(String deviceId, String hall, String region, Duration validFor) {
        requireCode(deviceId, "设备编号");
        requireCode(hall, "大厅编号");
        requireCode(region, "区划编号");
        String code = Tokens.newEnrollmentCode();
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO enrollment_code (code_hash, device_id, hall, region, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, Tokens.hash(code));
                insert.setString(2, deviceId);
                insert.setString(3, hall);
                insert.setString(4, region);
                insert.setTimestamp(5, Timestamp.from(clock.instant().plus(validFor)));
                return insert.executeUpdate();
            }
        });
        return code;
    }

    private static void requireCode(String value, String what) {
        if (value == null || !value.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ApiException.badRequest(what + "只能由 1 到 32 个字母、数字、下划线或连字符组成：" + value);
        }
    }

    /** Spends a code once and returns the device's token; the token is never shown again. */
    public Enrollment enroll(String code) {
        String token = Tokens.newToken();
        return Sql.inTransaction(dataSource, c -> {
            String deviceId;
            String hall;
            String region;
            try (PreparedStatement use = c.prepareStatement("""
                    UPDATE enrollment_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
                    RETURNING device_id, hall, region""")) {
                Timestamp now = Timestamp.from(clock.instant());
                use.setTimestamp(1, now);
                use.setString(2, Tokens.hash(code.toUpperCase()));
                use.setTimestamp(3, now);
                try (ResultSet row = use.executeQuery()) {
                    if (!row.next()) {
                        throw ApiException.forbidden("注册码无效、已使用或已过期，请向管理员重新申请");
                    }
                    deviceId = row.getString(1);
                    hall = row.getString(2);
                    region = row.getString(3);
                }
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO device (device_id, hall, region, token_hash) VALUES (?, ?, ?, ?)
                    ON CONFLICT (device_id) DO UPDATE SET hall = excluded.hall, region = excluded.region,
                        token_hash = excluded.token_hash, enrolled_at = now(), revoked_at = NULL""")) {
                upsert.setString(1, deviceId);
                upsert.setString(2, hall);
                upsert.setString(3, region);
                upsert.setString(4, Tokens.hash(token));
                upsert.executeUpdate();
            }
            return new Enrollment(deviceId, hall, region, token);
        });
    }

    /** The device holding this token: 401 when nobody does, 403 when the device was revoked. */
    public Device authenticate(String token) {
        Optional<Device> device = Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT device_id, hall, region, revoked_at FROM device WHERE token_hash = ?")) {
                find.setString(1, Tokens.hash(token));
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    if (row.getTimestamp(4) != null) {
                        throw ApiException.forbidden("设备 " + row.getString(1) + " 已被吊销，请联系管理员");
                    }
                    return Optional.of(new Device(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
        });
        return device.orElseThrow(() -> ApiException.unauthorized("设备凭据无效：未注册的设备或令牌错误"));
    }

    /** Revokes a device; its token is refused from the next request on. */
    public boolean revoke(String deviceId) {
        Instant now = clock.instant();
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement revoke = c.prepareStatement(
                    "UPDATE device SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL")) {
                revoke.setTimestamp(1, Timestamp.from(now));
                revoke.setString(2, deviceId);
                return revoke.executeUpdate() == 1;
            }
        });
    }
}
