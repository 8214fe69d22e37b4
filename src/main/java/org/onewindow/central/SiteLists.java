package org.onewindow.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.onewindow.codec.SitesJson;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.proxy.SiteList;

/**
 * A hall's help-and-proxy sites (代办点清单) as the administrator publishes them: each site's devolved and proxy items,
 * in the pull feed for the hall's windows and the sites' laptops; and the enrolment codes that make a laptop a site's.
 */
public final class SiteLists {

    private final DataSource dataSource;

    public SiteLists(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Publishes (replaces) the hall's site list from a file in {@link SitesJson}'s format; every site must be the hall's. */
    public int publish(String hall, Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + file, e);
        }
        SiteList list;
        try {
            list = SitesJson.read(json);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        for (Site site : list.sites()) {
            if (!site.hall().equals(hall)) {
                throw ApiException.badRequest("站点 " + site.code() + " 属于大厅 " + site.hall() + "，不能发布在大厅 " + hall + " 的清单中");
            }
        }
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO site_list (hall, body) VALUES (?, ?)
                    ON CONFLICT (hall) DO UPDATE SET body = excluded.body, published_at = now(),
                        tx = pg_current_xact_id(), seq = nextval('change_seq')""")) {
                upsert.setString(1, hall);
                upsert.setString(2, json);
                return upsert.executeUpdate();
            }
        });
        return list.sites().size();
    }

    /** A one-time code that enrols a laptop as a device of the site (which the hall's list must name). */
    public String issueEnrollmentCode(Devices devices, String hall, String region, String site, Duration validFor) {
        return issueEnrollmentCode(devices, hall, region, site, validFor, "administrator");
    }

    public String issueEnrollmentCode(Devices devices, String hall, String region, String site, Duration validFor,
                                      String actor) {
        boolean known = Sql.inTransaction(dataSource, c -> list(c, hall).flatMap(l -> l.site(site)).isPresent());
        if (!known) {
            throw ApiException.badRequest("大厅 " + hall + " 已发布的站点清单中没有代办点 " + site + "，请先发布站点清单");
        }
        return devices.issueSiteEnrollmentCode(hall, region, site, validFor, actor);
    }

    /** The site a device serves, as its hall's published list describes it; empty for a hall's window. */
    static Optional<Site> siteOf(Connection c, Device device) throws SQLException {
        if (!device.atSite()) {
            return Optional.empty();
        }
        return list(c, device.hall()).flatMap(l -> l.site(device.site()));
    }

    private static Optional<SiteList> list(Connection c, String hall) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT body FROM site_list WHERE hall = ?")) {
            select.setString(1, hall);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(SitesJson.read(row.getString(1))) : Optional.empty();
            }
        }
    }
}
