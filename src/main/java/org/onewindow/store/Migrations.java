package org.onewindow.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.codec.EventHash;

/**
 * Versioned schema migrations for the client database (see docs/decisions/0005). Each script under
 * {@code /db/client/} runs once, in order, in its own transaction; its checksum is recorded so a
 * script changed after release is noticed instead of silently diverging.
 */
final class Migrations {

    /** Append new scripts here; never edit or reorder a released one. */
    static final List<String> SCRIPTS = List.of(
            "V1__event_log_projections_users.sql",
            "V2__outbox_and_clock_indexes.sql",
            "V3__case_list_by_status.sql",
            "V4__projection_rebuild_for_identifiers.sql",
            "V5__event_body_and_signature.sql",
            "V6__device_keys_sessions_password_change.sql",
            "V7__issued_documents_and_case_list_columns.sql",
            "V8__after_acceptance.sql");

    /**
     * Work in Java that a script needs done first, in the same transaction, keyed by the script. Like the
     * scripts it must never change once released: it only prepares what its script reads.
     */
    private static final Map<String, SqlWork<Void>> PREPARATIONS = Map.of(
            "V5__event_body_and_signature.sql", EnvelopeMigration::keepHashedTexts);

    private Migrations() {
    }

    static void apply(Database database, Clock clock) {
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "script TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            return null;
        });
        List<String> applied = database.write(Migrations::appliedChecksums);
        if (applied.size() > SCRIPTS.size()) {
            throw new StoreException("本地数据库的结构版本（" + applied.size() + "）比本程序（" + SCRIPTS.size()
                    + "）新，请升级一窗通后再打开");
        }
        for (int i = 0; i < SCRIPTS.size(); i++) {
            String script = SCRIPTS.get(i);
            String text = load(script);
            String checksum = sha256(text);
            int version = i + 1;
            if (i < applied.size()) {
                if (!applied.get(i).equals(checksum)) {
                    throw new StoreException("数据库迁移脚本 " + script + " 在发布后被改动过，拒绝打开以免结构不一致");
                }
                continue;
            }
            SqlWork<Void> preparation = PREPARATIONS.get(script);
            database.write(connection -> {
                if (preparation != null) {
                    preparation.run(connection);
                }
                try (Statement s = connection.createStatement()) {
                    for (String statement : statements(text)) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, script);
                    insert.setString(3, checksum);
                    insert.setString(4, clock.instant().toString());
                    insert.executeUpdate();
                }
                return null;
            });
        }
    }

    private static List<String> appliedChecksums(Connection connection) throws SQLException {
        List<String> checksums = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                checksums.add(rs.getString(1));
            }
        }
        return checksums;
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/client/" + script)) {
            if (in == null) {
                throw new StoreException("找不到数据库迁移脚本 " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("无法读取数据库迁移脚本 " + script, e);
        }
    }

    /**
     * Splits a script into statements: a statement ends with a line ending in ';', except inside
     * a trigger, which ends with its {@code END;} line. Our scripts are written to that shape.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (current.length() == 0 && trimmed.toUpperCase().startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                statements.add(current.toString());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            throw new StoreException("数据库迁移脚本的最后一条语句没有以分号结束");
        }
        return statements;
    }

    private static String sha256(String text) {
        return EventHash.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
