package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Cases a device works on outside its own hall (it recorded an event or fetched the case by number):
 * their later events reach that device too.
 */
final class CaseTouches {

    private CaseTouches() {
    }

    static void record(Connection c, String deviceId, Collection<UUID> caseIds) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO case_touch (device_id, case_id) SELECT ?, id FROM unnest(?::uuid[]) AS t(id)
                ON CONFLICT DO NOTHING""")) {
            insert.setString(1, deviceId);
            insert.setArray(2, c.createArrayOf("uuid", caseIds.toArray()));
            insert.executeUpdate();
        }
    }
}
