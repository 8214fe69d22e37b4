package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.onewindow.codec.sync.DeviceKey;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.Publication;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.staff.Role;

/**
 * What a device pulls: the newest catalog, its region's calendar overrides, its hall's users (and who left it), the
 * events of cases of its hall or handed to it, recorded by anyone else (other windows, the back office), and the
 * public keys of the devices that recorded them.
 *
 * <p>Rows are read in (transaction id, sequence) order and only from transactions older than every
 * transaction still running ({@code pg_snapshot_xmin}). A sequence number alone would not do: a
 * batch that drew a lower number but commits later would slip behind a cursor and never be pulled.
 */
public final class ChangeFeed {

    public static final int DEFAULT_PAGE = 1000;
    public static final int MAX_PAGE = 5000;

    private final DataSource dataSource;

    public ChangeFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A {@link PullResponse} as the service writes it: each event is its stored body, hash and signature,
     * passed through without being read (decision record 0016).
     */
    public record Page(String cursor, boolean more, Publication catalog, List<Publication> calendars,
                       List<UserAccount> users, List<EventEnvelope> events, List<Publication> nationalYears,
                       List<String> departedUsers, List<DeviceKey> keys) {
    }

    public Page pull(Device device, String cursorText, int pageSize) {
        FeedCursor from = FeedCursor.parse(cursorText);
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw ApiException.badRequest("每次下载的事件数应在 1 到 " + MAX_PAGE + " 之间：" + pageSize);
        }
        return Sql.inTransaction(dataSource, c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            long horizon = horizon(c);
            List<Keyed<EventEnvelope>> events = events(c, device, from, horizon, pageSize + 1);
            Set<String> writers = new TreeSet<>();
            boolean more = events.size() > pageSize;
            // Bound of this page: the last event when more follow, otherwise everything below the horizon.
            FeedCursor to = more ? events.get(pageSize - 1).key : new FeedCursor(horizon, 0);
            if (more) {
                events = events.subList(0, pageSize);
            }
            events.forEach(event -> writers.add(event.writer));
            Window window = new Window(from, to);
            List<Publication> catalogs = publications(c, """
                    SELECT version, published_at, body FROM catalog_version
                    WHERE %s ORDER BY tx DESC, seq DESC LIMIT 1""".formatted(window.condition()), window, null);
            List<Publication> calendars = publications(c, """
                    SELECT region, published_at, body FROM calendar_override
                    WHERE region = ? AND %s""".formatted(window.condition()), window, device.region());
            List<Publication> nationalYears = publications(c, """
                    SELECT year::text, published_at, body FROM national_calendar
                    WHERE %s ORDER BY year""".formatted(window.condition()), window, null);
            return new Page(to.toString(), more, catalogs.isEmpty() ? null : catalogs.get(0), calendars,
                    users(c, device, window), events.stream().map(e -> e.value).toList(), nationalYears,
                    departures(c, device, window), DeviceKeys.published(c, writers));
        });
    }

    private record Keyed<T>(FeedCursor key, String writer, T value) {
    }

    /** The rows between two cursors: after {@code from}, up to and including {@code to}. */
    private record Window(FeedCursor from, FeedCursor to) {
        String condition() {
            return "(tx, seq) > (?::text::xid8, ?) AND (tx, seq) <= (?::text::xid8, ?)";
        }

        int bind(PreparedStatement statement, int index) throws SQLException {
            statement.setString(index, Long.toString(from.tx()));
            statement.setLong(index + 1, from.seq());
            statement.setString(index + 2, Long.toString(to.tx()));
            statement.setLong(index + 3, to.seq());
            return index + 4;
        }
    }

    /** Every transaction below this id has finished: its rows are final and visible to this snapshot. */
    private static long horizon(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
             ResultSet row = select.executeQuery()) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }

    private static List<Keyed<EventEnvelope>> events(Connection c, Device device, FeedCursor from, long horizon, int limit)
            throws SQLException {
        List<Keyed<EventEnvelope>> events = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT tx::text, seq, body, hash, signature, device_id FROM case_event e
                WHERE (tx, seq) > (?::text::xid8, ?) AND tx < ?::text::xid8 AND device_id <> ?
                  AND (hall = ? OR case_id IN (SELECT case_id FROM case_touch WHERE device_id = ?))
                ORDER BY tx, seq LIMIT ?""")) {
            select.setString(1, Long.toString(from.tx()));
            select.setLong(2, from.seq());
            select.setString(3, Long.toString(horizon));
            select.setString(4, device.deviceId());
            select.setString(5, device.hall());
            select.setString(6, device.deviceId());
            select.setInt(7, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new Keyed<>(new FeedCursor(Long.parseLong(row.getString(1)), row.getLong(2)), row.getString(6),
                            new EventEnvelope(row.getString(3), row.getString(4), row.getString(5))));
                }
            }
        }
        return events;
    }

    private static List<Publication> publications(Connection c, String sql, Window window, String region)
            throws SQLException {
        List<Publication> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            int index = 1;
            if (region != null) {
                select.setString(index++, region);
            }
            window.bind(select, index);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new Publication(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)));
                }
            }
        }
        return found;
    }

    private static List<UserAccount> users(Connection c, Device device, Window window) throws SQLException {
        List<UserAccount> users = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT user_id, display_name, role, hall, password_hash, disabled_at IS NOT NULL, must_change_password
                FROM app_user
                WHERE hall = ? AND %s ORDER BY tx, seq""".formatted(window.condition()))) {
            select.setString(1, device.hall());
            window.bind(select, 2);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    users.add(new UserAccount(row.getString(1), row.getString(2), Role.valueOf(row.getString(3)),
                            row.getString(4), row.getString(5), row.getBoolean(6), row.getBoolean(7)));
                }
            }
        }
        return users;
    }

    /** Users who left the device's hall in this window of the feed: its windows take their accounts away. */
    private static List<String> departures(Connection c, Device device, Window window) throws SQLException {
        List<String> departed = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT user_id FROM user_departure d WHERE hall = ? AND %s
                  AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.user_id = d.user_id AND u.hall = d.hall)
                ORDER BY tx, seq""".formatted(window.condition()))) {
            select.setString(1, device.hall());
            window.bind(select, 2);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    departed.add(row.getString(1));
                }
            }
        }
        return departed;
    }
}
