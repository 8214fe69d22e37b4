package org.onewindow.central;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.onewindow.codec.EventSignature;

/**
 * The department systems (审批科室) allowed to move cases on. Each has its own token, kept as a hash like a device's,
 * is bound to the departments whose items it decides (a 公安 credential never decides a 市场监管 licence), records
 * events under its own device id {@code BO-<system id>}, signed with a key the centre keeps for it, and can be revoked.
 */
public final class BackOfficeSystems {

    private static final String ADMINISTRATOR = "administrator";

    private final DataSource dataSource;
    private final Clock clock;

    public BackOfficeSystems(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A system whose id names its one department (e.g. {@code SCJG}), registered or given a new token. */
    public String register(String systemId, String name) {
        return register(systemId, name, List.of(systemId), ADMINISTRATOR);
    }

    /**
     * Registers a system (or gives an existing one a new token and departments) and returns the token, shown once.
     *
     * @param departments the catalog's department codes whose items it decides
     */
    public String register(String systemId, String name, List<String> departments, String actor) {
        if (systemId == null || !systemId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ApiException.badRequest("系统编号只能由 1 到 32 个字母、数字、下划线或连字符组成");
        }
        if (departments.isEmpty() || departments.stream().anyMatch(d -> !d.matches("[A-Za-z0-9_-]{1,32}"))) {
            throw ApiException.badRequest("须给出该系统负责的部门编码（如 SCJG），只能由字母、数字、下划线或连字符组成");
        }
        String token = Tokens.newToken();
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO backoffice_system (system_id, name, token_hash, departments) VALUES (?, ?, ?, ?)
                    ON CONFLICT (system_id) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash,
                        departments = excluded.departments, revoked_at = NULL""")) {
                upsert.setString(1, systemId);
                upsert.setString(2, name);
                upsert.setString(3, Tokens.hash(token));
                upsert.setArray(4, c.createArrayOf("text", departments.toArray()));
                upsert.executeUpdate();
            }
            signingKey(c, systemId, clock.instant());
            Audit.record(c, clock, actor, Audit.Action.BACKOFFICE_ADDED, "BO-" + systemId, name + "，部门 "
                    + String.join("、", departments), "admin");
            return null;
        });
        return token;
    }

    /** Revokes a system's credential from the next request on; returns whether there was one to revoke. */
    public boolean revoke(String systemId, String actor) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement revoke = c.prepareStatement(
                    "UPDATE backoffice_system SET revoked_at = ? WHERE system_id = ? AND revoked_at IS NULL")) {
                revoke.setTimestamp(1, java.sql.Timestamp.from(clock.instant()));
                revoke.setString(2, systemId);
                if (revoke.executeUpdate() != 1) {
                    return false;
                }
            }
            Audit.record(c, clock, actor, Audit.Action.BACKOFFICE_REVOKED, "BO-" + systemId, "", "admin");
            return true;
        });
    }

    /** A system as the service knows it after checking its token. */
    public record Credential(String systemId, Set<String> departments) {
        public String deviceId() {
            return "BO-" + systemId;
        }
    }

    /** The system holding this token; 401 otherwise (also when revoked). */
    public Credential authenticate(String token) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT system_id, departments FROM backoffice_system WHERE token_hash = ? AND revoked_at IS NULL")) {
                find.setString(1, Tokens.hash(token));
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw ApiException.unauthorized("审批系统凭据无效或已吊销");
                    }
                    return new Credential(row.getString(1),
                            new TreeSet<>(Arrays.asList((String[]) row.getArray(2).getArray())));
                }
            }
        });
    }

    /**
     * The key the centre signs this system's events with, made (and its public half registered for {@code BO-<id>})
     * the first time it is needed; kept in the database, which every service instance shares.
     */
    static KeyedSigner signingKey(Connection c, String systemId, java.time.Instant now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT signing_key FROM backoffice_system WHERE system_id = ? FOR UPDATE")) {
            select.setString(1, systemId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && row.getString(1) != null) {
                    PrivateKey key = KeyFactory.getInstance("Ed25519")
                            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(row.getString(1))));
                    return new KeyedSigner(key, keyIdOf(c, "BO-" + systemId));
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("审批系统 " + systemId + " 的签名密钥已损坏", e);
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            try (PreparedStatement update = c.prepareStatement("UPDATE backoffice_system SET signing_key = ? WHERE system_id = ?")) {
                update.setString(1, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                update.setString(2, systemId);
                update.executeUpdate();
            }
            String keyId = DeviceKeys.register(c, "BO-" + systemId, EventSignature.publicKeyText(pair.getPublic()), now);
            return new KeyedSigner(pair.getPrivate(), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    private static String keyIdOf(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT key_id FROM device_key WHERE device_id = ? ORDER BY registered_at DESC LIMIT 1")) {
            select.setString(1, deviceId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no public key registered for " + deviceId);
                }
                return row.getString(1);
            }
        }
    }

    /** A private key with the id windows find its public half under. */
    record KeyedSigner(PrivateKey key, String keyId) {
        String sign(String hash) {
            return EventSignature.sign(key, keyId, hash);
        }
    }
}
