package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Named counters advanced inside the caller's transaction, so a rolled-back save leaves no gap. */
final class Counters {

    private Counters() {
    }

    static int next(Connection connection, String name) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO counter (name, value) VALUES (?, 1) "
                        + "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value")) {
            upsert.setString(1, name);
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
