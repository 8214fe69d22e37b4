package org.onewindow.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.onewindow.codec.CatalogFormatException;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.HolidayNotice;
import org.onewindow.codec.Json;
import org.onewindow.domain.calendar.DayOverride;
import org.onewindow.domain.calendar.WorkingCalendar;

/**
 * What the administrator publishes for the windows: catalog versions (事项目录) and per-region
 * calendar overrides (节假日调整). Each publication enters the change feed and reaches the windows
 * on their next pull; the file is kept as published, the windows' own codecs read it.
 */
public final class Publications {

    private final DataSource dataSource;

    public Publications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Publishes a catalog file in the bundled catalog's format ({@link CatalogJson}); it is checked
     * whole before anything is stored, and its version must be new.
     */
    public String publishCatalog(Path file) {
        String json = read(file);
        String version;
        try {
            version = CatalogJson.read(json).version();
        } catch (CatalogFormatException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO catalog_version (version, body) VALUES (?, ?) ON CONFLICT (version) DO NOTHING")) {
                insert.setString(1, version);
                insert.setString(2, json);
                if (insert.executeUpdate() == 0) {
                    throw ApiException.conflict("事项目录版本 " + version + " 已发布过；已发布的版本不可修改，请换一个版本号");
                }
                return null;
            }
        });
        return version;
    }

    /**
     * Publishes (replaces) a region's calendar overrides: a JSON array of {@link DayOverride}
     * ({@code [{"date":"2026-12-31","workingDay":false,"name":"…"}]}), refused if any day lies outside
     * the bundled calendar's coverage.
     */
    public void publishCalendar(String region, Path file) {
        String json = read(file);
        List<DayOverride> overrides;
        try {
            overrides = List.of(Json.mapper().readValue(json, DayOverride[].class));
            WorkingCalendar.bundled().withOverrides(overrides);
        } catch (IOException e) {
            throw ApiException.badRequest("节假日调整文件格式不正确：" + file + "（" + e.getMessage() + "）");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("节假日调整无效：" + e.getMessage());
        }
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO calendar_override (region, body) VALUES (?, ?)
                    ON CONFLICT (region) DO UPDATE SET body = excluded.body, published_at = now(),
                        tx = pg_current_xact_id(), seq = nextval('change_seq')""")) {
                upsert.setString(1, region);
                upsert.setString(2, json);
                return upsert.executeUpdate();
            }
        });
    }

    /**
     * Publishes the State Council's holidays of a year for the whole nation, from the notice as holiday-cn
     * publishes it ({@link HolidayNotice}). The year must follow on from the bundled data and the years published
     * before it, and list its days; publishing a year again replaces it (a notice may be amended). Windows pull it
     * and count their provisional deadlines again.
     *
     * @return the year published
     */
    public int publishNationalYear(Path file) {
        HolidayNotice notice;
        try {
            notice = HolidayNotice.read(read(file));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return Sql.inTransaction(dataSource, c -> {
            try {
                CentralCalendar.national(c, notice.year()).withPublishedYear(notice.year(), notice.days());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(notice.year() + " 年节假日安排无效：" + e.getMessage());
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO national_calendar (year, body) VALUES (?, ?)
                    ON CONFLICT (year) DO UPDATE SET body = excluded.body, published_at = now(),
                        tx = pg_current_xact_id(), seq = nextval('change_seq')""")) {
                upsert.setInt(1, notice.year());
                upsert.setString(2, Json.write(notice.days()));
                upsert.executeUpdate();
            }
            return notice.year();
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + file, e);
        }
    }
}
