package org.onewindow.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.onewindow.codec.Json;

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

    /** Publishes a catalog file; its {@code version} field names the version, which must be new. */
    public String publishCatalog(Path file) {
        String json = read(file);
        JsonNode version = parse(json, file).path("version");
        if (!version.isTextual() || version.asText().isBlank()) {
            throw ApiException.badRequest("事项目录文件缺少 version 字段：" + file);
        }
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO catalog_version (version, body) VALUES (?, ?) ON CONFLICT (version) DO NOTHING")) {
                insert.setString(1, version.asText());
                insert.setString(2, json);
                if (insert.executeUpdate() == 0) {
                    throw ApiException.conflict("事项目录版本 " + version.asText() + " 已发布过；已发布的版本不可修改，请换一个版本号");
                }
                return null;
            }
        });
        return version.asText();
    }

    /** Publishes (replaces) a region's calendar overrides. */
    public void publishCalendar(String region, Path file) {
        String json = read(file);
        parse(json, file);
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

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + file, e);
        }
    }

    private static JsonNode parse(String json, Path file) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw ApiException.badRequest("文件不是有效的 JSON：" + file + "（" + e.getMessage() + "）");
        }
    }
}
