package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.Enrollment;

/**
 * Device enrollment (设备注册): an administrator issues a one-time code bound to a hall and a region;
 * a device trades it for a bearer token and a unique device code; revoking the device refuses the token.
 */
public final class Devices {

    private final DataSource dataSource;
    private final Clock clock;

    public Devices(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Issues a one-time code for one device of a hall, valid for a while. */
    public String issueEnrollmentCode(String hall, String region, Duration validFor) {
        requireName(hall, "大厅编号");
        requireName(region, "区划编号");
        String code = Tokens.newEnrollmentCode();
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO enrollment_code (code_hash, hall, region, expires_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, Tokens.hash(code));
                insert.setString(2, hall);
                insert.setString(3, region);
                insert.setTimestamp(4, Timestamp.from(clock.instant().plus(validFor)));
                return insert.executeUpdate();
            }
        });
        return code;
    }

    private static void requireName(String value, String what) {
        if (value == null || !value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw ApiException.badRequest(what + "只能由 1 到 64 个字母、数字、下划线或连字符组成：" + value);
        }
    }

    /**
     * Spends a code once and returns the device's token, never shown again. A device enrolling again
     * (reinstalled, or revoked and forgiven) keeps its device code and gets a new token.
     */
    public Enrollment enroll(EnrollRequest request) {
        requireName(request.deviceId(), "设备标识");
        String token = Tokens.newToken();
        return Sql.inTransaction(dataSource, c -> {
            String hall;
            String region;
            String site;
            try (PreparedStatement use = c.prepareStatement("""
                    UPDATE enrollment_code SET used_at = ?, used_by = ?
                    WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
                    RETURNING hall, region, site""")) {
                Timestamp now = Timestamp.from(clock.instant());
                use.setTimestamp(1, now);
                use.setString(2, request.deviceId());
                use.setString(3, Tokens.hash(request.code().toUpperCase()));
                use.setTimestamp(4, now);
                try (ResultSet row = use.executeQuery()) {
                    if (!row.next()) {
                        throw ApiException.forbidden("注册码无效、已使用或已过期，请向管理员重新申请");
                    }
                    hall = row.getString(1);
                    region = row.getString(2);
                    site = row.getString(3);
                }
            }
            Optional<String> existing = existingCode(c, request.deviceId());
            String deviceCode = existing.isPresent() ? existing.get() : DeviceCodes.allocate(c, request.deviceCode());
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO device (device_id, device_code, hall, region, token_hash, site) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (device_id) DO UPDATE SET hall = excluded.hall, region = excluded.region, site = excluded.site,
                        token_hash = excluded.token_hash, enrolled_at = now(), revoked_at = NULL""")) {
                upsert.setString(1, request.deviceId());
                upsert.setString(2, deviceCode);
                upsert.setString(3, hall);
                upsert.setString(4, region);
                upsert.setString(5, Tokens.hash(token));
                upsert.setString(6, site);
                upsert.executeUpdate();
            }
            return new Enrollment(request.deviceId(), deviceCode, hall, region, token, site);
        });
    }

    private static Optional<String> existingCode(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT device_code FROM device WHERE device_id = ?")) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The device holding this token: 401 when nobody does, 403 when the device was revoked. */
    public Device authenticate(String token) {
        Optional<Device> device = Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT device_id, hall, region, revoked_at, site FROM device WHERE token_hash = ?")) {
                find.setString(1, Tokens.hash(token));
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    if (row.getTimestamp(4) != null) {
                        throw ApiException.forbidden("设备 " + row.getString(1) + " 已被吊销，请联系管理员");
                    }
                    return Optional.of(new Device(row.getString(1), row.getString(2), row.getString(3), row.getString(5)));
                }
            }
        });
        return device.orElseThrow(() -> ApiException.unauthorized("设备凭据无效：未注册的设备或令牌错误"));
    }

    /** Revokes a device, named by its id or its device code; its token is refused from the next request on. */
    public boolean revoke(String device) {
        Instant now = clock.instant();
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement revoke = c.prepareStatement(
                    "UPDATE device SET revoked_at = ? WHERE (device_id = ? OR device_code = ?) AND revoked_at IS NULL")) {
                revoke.setTimestamp(1, Timestamp.from(now));
                revoke.setString(2, device);
                revoke.setString(3, device);
                return revoke.executeUpdate() == 1;
            }
        });
    }
}
