package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.onewindow.codec.Json;
import org.onewindow.domain.calendar.DayOverride;
import org.onewindow.domain.calendar.WorkingCalendar;

/**
 * The working-day calendar the centre folds a region's cases with, built as the windows of that region build
 * theirs: the bundled national data, each later year published for the nation (in order, while they follow on),
 * then the region's changes.
 */
final class CentralCalendar {

    private CentralCalendar() {
    }

    /** The national calendar: bundled data and the years published after it, up to (not including) {@code beforeYear}. */
    static WorkingCalendar national(Connection c, int beforeYear) throws SQLException {
        WorkingCalendar calendar = WorkingCalendar.bundled();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT year, body FROM national_calendar WHERE year < ? ORDER BY year")) {
            select.setInt(1, beforeYear);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (row.getInt(1) == calendar.publishedUntil().getYear() + 1) {
                        calendar = calendar.withPublishedYear(row.getInt(1), days(row.getString(2)));
                    }
                }
            }
        }
        return calendar;
    }

    /** The calendar of a region: the national one and the region's published changes. */
    static WorkingCalendar ofRegion(Connection c, String region) throws SQLException {
        WorkingCalendar national = national(c, Integer.MAX_VALUE);
        try (PreparedStatement select = c.prepareStatement("SELECT body FROM calendar_override WHERE region = ?")) {
            select.setString(1, region);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? national.withOverrides(days(row.getString(1))) : national;
            }
        }
    }

    static List<DayOverride> days(String json) {
        return List.of(Json.read(json, DayOverride[].class));
    }
}
