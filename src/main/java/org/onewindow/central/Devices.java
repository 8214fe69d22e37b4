package org.onewindow.central;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.onewindow.codec.EventSignature;
import org.onewindow.codec.sync.DeviceStanding;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.Succession;

/**
 * Device enrollment (设备注册): an administrator issues a one-time code bound to a hall and a region; a device trades
 * it for a bearer token and a unique device code. The centre decides device ids: it assigns one to a device that has
 * written nothing yet, and takes the id a device's events already carry only when no device and no event ever had it,
 * so an id read from any event cannot re-bind that device. Enrolling a device the centre already holds takes a code
 * an administrator issued for that very device. Revoking the device refuses its token. Every enrollment, refused
 * enrollment, revocation and succession is audited.
 */
public final class Devices {

    /** Device ids are UUIDs in their canonical lower-case form; the back office's {@code BO-…} ids are never enrolled. */
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String ADMINISTRATOR = "administrator";

    private final DataSource dataSource;
    private final Clock clock;
    private final Audit audit;

    public Devices(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.audit = new Audit(dataSource, clock);
    }

    /** Issues a one-time code for one new device of a hall, valid for a while. */
    public String issueEnrollmentCode(String hall, String region, Duration validFor) {
        return issueEnrollmentCode(hall, region, validFor, ADMINISTRATOR);
    }

    public String issueEnrollmentCode(String hall, String region, Duration validFor, String actor) {
        requireName(hall, "大厅编号");
        requireName(region, "区划编号");
        return issue(hall, region, null, validFor, actor);
    }

    /**
     * Issues a one-time code with which one device the centre already holds (named by its id or device code) enrolls
     * again — reinstalled, or revoked and forgiven: the administrator's decision, never a device's. It keeps its id,
     * code and hall; its old token stops working.
     */
    public String issueReenrollmentCode(String device, Duration validFor, String actor) {
        Device known = Sql.inTransaction(dataSource, c -> find(c, device))
                .orElseThrow(() -> ApiException.notFound("中心库没有设备 " + device));
        return issue(known.hall(), known.region(), known.deviceId(), validFor, actor);
    }

    private String issue(String hall, String region, String deviceId, Duration validFor, String actor) {
        String code = Tokens.newEnrollmentCode();
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO enrollment_code (code_hash, hall, region, expires_at, device_id) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, Tokens.hash(code));
                insert.setString(2, hall);
                insert.setString(3, region);
                insert.setTimestamp(4, Timestamp.from(clock.instant().plus(validFor)));
                insert.setString(5, deviceId);
                insert.executeUpdate();
            }
            Audit.record(c, clock, actor, Audit.Action.ENROLLMENT_CODE_ISSUED, deviceId == null ? hall : deviceId,
                    "大厅 " + hall + "，区划 " + region + "，有效 " + validFor.toHours() + " 小时"
                            + (deviceId == null ? "" : "，仅限该设备重新注册"), "admin");
            return null;
        });
        return code;
    }

    private static void requireName(String value, String what) {
        if (value == null || !value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw ApiException.badRequest(what + "只能由 1 到 64 个字母、数字、下划线或连字符组成");
        }
    }

    /** {@link #enroll(EnrollRequest, String)} from an unnamed place (administration, tests). */
    public Enrollment enroll(EnrollRequest request) {
        return enroll(request, "");
    }

    /**
     * Spends a code once and returns the device's token, never shown again. A refusal changes nothing and is audited
     * with where the request came from.
     */
    public Enrollment enroll(EnrollRequest request, String source) {
        try {
            return Sql.inTransaction(dataSource, c -> enrollIn(c, request, source));
        } catch (ApiException refused) {
            audit.record(request.deviceId().isEmpty() ? "(新设备)" : request.deviceId(), Audit.Action.ENROLLMENT_REFUSED,
                    request.deviceId(), refused.getMessage(), source);
            throw refused;
        }
    }

    private Enrollment enrollIn(Connection c, EnrollRequest request, String source) throws SQLException {
        if (!request.deviceId().isEmpty() && !DEVICE_ID.matcher(request.deviceId()).matches()) {
            throw ApiException.badRequest("设备标识应为设备首次运行时生成的 UUID（小写），或留空由中心库分配");
        }
        Instant now = clock.instant();
        String hall;
        String region;
        String boundTo;
        try (PreparedStatement use = c.prepareStatement("""
                UPDATE enrollment_code SET used_at = ?, used_by = ?
                WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
                RETURNING hall, region, device_id""")) {
            use.setTimestamp(1, Timestamp.from(now));
            use.setString(2, request.deviceId());
            use.setString(3, Tokens.hash(request.code().toUpperCase()));
            use.setTimestamp(4, Timestamp.from(now));
            try (ResultSet row = use.executeQuery()) {
                if (!row.next()) {
                    throw ApiException.forbidden("注册码无效、已使用或已过期，请向管理员重新申请");
                }
                hall = row.getString(1);
                region = row.getString(2);
                boundTo = row.getString(3);
            }
        }
        String token = Tokens.newToken();
        String deviceId;
        String deviceCode;
        if (boundTo != null) {
            if (!boundTo.equals(request.deviceId())) {
                throw ApiException.forbidden("此注册码由管理员为另一台设备签发，不能用于本机");
            }
            deviceId = boundTo;
            try (PreparedStatement rebind = c.prepareStatement("""
                    UPDATE device SET token_hash = ?, enrolled_at = ?, revoked_at = NULL WHERE device_id = ?
                    RETURNING device_code""")) {
                rebind.setString(1, Tokens.hash(token));
                rebind.setTimestamp(2, Timestamp.from(now));
                rebind.setString(3, deviceId);
                try (ResultSet row = rebind.executeQuery()) {
                    row.next();
                    deviceCode = row.getString(1);
                }
            }
        } else {
            deviceId = request.deviceId().isEmpty() ? UUID.randomUUID().toString() : request.deviceId();
            if (known(c, deviceId)) {
                throw ApiException.conflict("设备标识 " + deviceId + " 已在中心库登记：已注册的设备重新注册，须由管理员为该设备签发专用注册码"
                        + "（onewindow-central admin enroll-code --device " + deviceId + "）");
            }
            deviceCode = DeviceCodes.allocate(c, request.deviceCode());
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO device (device_id, device_code, hall, region, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, deviceId);
                insert.setString(2, deviceCode);
                insert.setString(3, hall);
                insert.setString(4, region);
                insert.setString(5, Tokens.hash(token));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.executeUpdate();
            }
        }
        String keyId = request.publicKey().isEmpty() ? "" : DeviceKeys.register(c, deviceId, request.publicKey(), now);
        Audit.record(c, clock, deviceId, Audit.Action.DEVICE_ENROLLED, deviceId, "设备码 " + deviceCode + "，大厅 " + hall
                + "，区划 " + region + (boundTo != null ? "，管理员签发的重新注册" : "") + (keyId.isEmpty() ? "，未登记公钥" : "，公钥 " + keyId),
                source);
        return new Enrollment(deviceId, deviceCode, hall, region, token, keyId);
    }

    /** Whether any device, or any event the centre received, ever had this id. */
    private static boolean known(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                SELECT 1 FROM device WHERE device_id = ? OR predecessor_id = ?
                UNION ALL SELECT 1 FROM device_chain WHERE device_id = ? LIMIT 1""")) {
            select.setString(1, deviceId);
            select.setString(2, deviceId);
            select.setString(3, deviceId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * A window restored from a backup goes on as a new device of its hall (decision record 0020): a new id, code, key
     * and token, so it never again issues a case number or a sequence number its lost days may have used. The old
     * device is revoked and named as the new one's predecessor, whose events the new one may still send. When the old
     * device has a key, the request must be signed by it: a token alone does not make a device.
     */
    public Enrollment succeed(Device old, Succession request, String source) {
        return Sql.inTransaction(dataSource, c -> {
            Map<String, PublicKey> oldKeys = DeviceKeys.of(c, List.of(old.deviceId())).getOrDefault(old.deviceId(), Map.of());
            if (!oldKeys.isEmpty()) {
                PublicKey signer = EventSignature.keyIdOf(request.proof()).map(oldKeys::get).orElse(null);
                if (signer == null || !EventSignature.verifySuccession(signer, request.proof(), request.publicKey())) {
                    throw ApiException.forbidden("接续注册须由原设备的密钥签名；原设备密钥已不在本机时，请管理员重新签发注册码");
                }
            }
            Instant now = clock.instant();
            String deviceId = UUID.randomUUID().toString();
            String deviceCode = DeviceCodes.allocate(c, "");
            String token = Tokens.newToken();
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO device (device_id, device_code, hall, region, token_hash, enrolled_at, predecessor_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, deviceId);
                insert.setString(2, deviceCode);
                insert.setString(3, old.hall());
                insert.setString(4, old.region());
                insert.setString(5, Tokens.hash(token));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.setString(7, old.deviceId());
                insert.executeUpdate();
            }
            try (PreparedStatement revoke = c.prepareStatement("UPDATE device SET revoked_at = ? WHERE device_id = ?")) {
                revoke.setTimestamp(1, Timestamp.from(now));
                revoke.setString(2, old.deviceId());
                revoke.executeUpdate();
            }
            String keyId = DeviceKeys.register(c, deviceId, request.publicKey(), now);
            Audit.record(c, clock, old.deviceId(), Audit.Action.DEVICE_SUCCEEDED, deviceId, "从备份恢复的设备 " + old.deviceId()
                    + "（设备码 " + old.deviceCode() + "）接续为新设备，设备码 " + deviceCode + "；原设备已吊销", source);
            return new Enrollment(deviceId, deviceCode, old.hall(), old.region(), token, keyId);
        });
    }

    /** Registers a key for an enrolled device that had none (a window upgraded to a build that signs). */
    public String registerKey(Device device, String publicKey, String source) {
        return Sql.inTransaction(dataSource, c -> {
            if (!DeviceKeys.of(c, List.of(device.deviceId())).isEmpty()) {
                throw ApiException.conflict("本设备已登记公钥；更换密钥须由管理员重新签发注册码");
            }
            String keyId = DeviceKeys.register(c, device.deviceId(), publicKey, clock.instant());
            Audit.record(c, clock, device.deviceId(), Audit.Action.KEY_REGISTERED, device.deviceId(), "公钥 " + keyId, source);
            return keyId;
        });
    }

    /** Where the device's chain ends at the centre, and its code. */
    public DeviceStanding standing(Device device) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT device_seq, hash FROM device_chain WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1")) {
                select.setString(1, device.deviceId());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? new DeviceStanding(device.deviceId(), device.deviceCode(), row.getLong(1), row.getString(2))
                            : new DeviceStanding(device.deviceId(), device.deviceCode(), 0, "");
                }
            }
        });
    }

    /** The device holding this token: 401 when nobody does, 403 when the device was revoked. */
    public Device authenticate(String token) {
        Optional<Device> device = Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT device_id, device_code, hall, region, revoked_at FROM device WHERE token_hash = ?")) {
                find.setString(1, Tokens.hash(token));
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    if (row.getTimestamp(5) != null) {
                        throw ApiException.forbidden("设备 " + row.getString(1) + " 已被吊销，请联系管理员");
                    }
                    return Optional.of(new Device(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
                }
            }
        });
        return device.orElseThrow(() -> ApiException.unauthorized("设备凭据无效：未注册的设备或令牌错误"));
    }

    /** Revokes a device, named by its id or its device code; its token is refused from the next request on. */
    public boolean revoke(String device) {
        return revoke(device, ADMINISTRATOR);
    }

    public boolean revoke(String device, String actor) {
        Instant now = clock.instant();
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement revoke = c.prepareStatement(
                    "UPDATE device SET revoked_at = ? WHERE (device_id = ? OR device_code = ?) AND revoked_at IS NULL RETURNING device_id")) {
                revoke.setTimestamp(1, Timestamp.from(now));
                revoke.setString(2, device);
                revoke.setString(3, device);
                try (ResultSet row = revoke.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                    Audit.record(c, clock, actor, Audit.Action.DEVICE_REVOKED, row.getString(1), "按“" + device + "”吊销", "admin");
                    return true;
                }
            }
        });
    }

    /** A device by its id or device code. */
    static Optional<Device> find(Connection c, String device) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT device_id, device_code, hall, region FROM device WHERE device_id = ? OR device_code = ?")) {
            select.setString(1, device);
            select.setString(2, device);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Device(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** The devices whose events {@code device} may send: itself and the devices it succeeded, and their codes. */
    static Map<String, String> lineage(Connection c, Device device) throws SQLException {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put(device.deviceId(), device.deviceCode());
        try (PreparedStatement select = c.prepareStatement("""
                WITH RECURSIVE line(device_id, device_code, predecessor_id) AS (
                    SELECT device_id, device_code, predecessor_id FROM device WHERE device_id = ?
                    UNION SELECT d.device_id, d.device_code, d.predecessor_id FROM device d JOIN line ON d.device_id = line.predecessor_id
                ) SELECT device_id, device_code FROM line""")) {
            select.setString(1, device.deviceId());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    codes.put(row.getString(1), row.getString(2));
                }
            }
        }
        return codes;
    }
}
