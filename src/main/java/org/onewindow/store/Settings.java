package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/** Local settings as key/value text (printer, region, window name …), kept in the database. */
public final class Settings {

    private final Database database;

    Settings(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The keys that start with {@code prefix}, in order. */
    public java.util.List<String> keysStartingWith(String prefix) {
        return database.read(c -> {
            java.util.List<String> keys = new java.util.ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT key FROM setting WHERE substr(key, 1, ?) = ? ORDER BY key")) {
                select.setInt(1, prefix.length());
                select.setString(2, prefix);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        database.write(c -> {
            put(c, key, value);
            return null;
        });
    }

    /** The same inside the caller's transaction. */
    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    public void remove(String key) {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
