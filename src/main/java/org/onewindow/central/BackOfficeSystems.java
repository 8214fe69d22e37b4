package org.onewindow.central;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/**
 * The department systems (审批科室) allowed to move cases on. Each has its own token, kept as a
 * hash like a device's, and records events under its own device id {@code BO-<system id>}.
 */
public final class BackOfficeSystems {

    private final DataSource dataSource;

    public BackOfficeSystems(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Registers a system (or gives an existing one a new token) and returns the token, shown once. */
    public String register(String systemId, String name) {
        if (systemId == null || !systemId.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ApiException.badRequest("系统编号只能由 1 到 32 个字母、数字、下划线或连字符组成：" + systemId);
        }
        String token = Tokens.newToken();
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO backoffice_system (system_id, name, token_hash) VALUES (?, ?, ?)
                    ON CONFLICT (system_id) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash,
                        revoked_at = NULL""")) {
                upsert.setString(1, systemId);
                upsert.setString(2, name);
                upsert.setString(3, Tokens.hash(token));
                return upsert.executeUpdate();
            }
        });
        return token;
    }

    /** The system id holding this token; 401 otherwise. */
    public String authenticate(String token) {
        return Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT system_id FROM backoffice_system WHERE token_hash = ? AND revoked_at IS NULL")) {
                find.setString(1, Tokens.hash(token));
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw ApiException.unauthorized("审批系统凭据无效");
                    }
                    return row.getString(1);
                }
            }
        });
    }
}
