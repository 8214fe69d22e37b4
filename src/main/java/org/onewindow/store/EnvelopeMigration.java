package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.onewindow.codec.PreEnvelopeEvents;

/**
 * The Java half of migration V5 (decision record 0016): for each event written before the envelope, the
 * exact text its hash was taken over, rebuilt from the columns of that time. The script then keeps that
 * text as the event's body, so no hash and no chain link changes; the centre's migration arrives at the
 * same bytes from its own copy.
 */
final class EnvelopeMigration {

    private EnvelopeMigration() {
    }

    static Void keepHashedTexts(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE legacy_body (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        }
        try (PreparedStatement select = c.prepareStatement("SELECT seq, event_id, case_id, device_id, device_seq, hlc, "
                + "actor, recorded_at, payload, previous_hash FROM event ORDER BY seq");
             PreparedStatement insert = c.prepareStatement("INSERT INTO legacy_body (seq, body) VALUES (?, ?)");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                insert.setLong(1, rs.getLong(1));
                insert.setString(2, PreEnvelopeEvents.hashedText(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                insert.executeUpdate();
            }
        }
        return null;
    }
}
