package org.onewindow.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.proxy.SiteList;

/**
 * The site list's wire format (代办点清单 JSON): what {@code onewindow-central admin publish-sites} publishes for a
 * hall and its windows pull, and the demo list bundled for first run. Read as strictly as a catalog.
 */
public final class SitesJson {

    private static final String BUNDLED = "/sites/demo-sites.json";

    /** The document on the wire. */
    record Document(List<Site> sites) {
    }

    private SitesJson() {
    }

    /** The demo sites bundled with the demo catalog, for a laptop that has not heard from a centre. */
    public static SiteList bundled() {
        try (InputStream in = SitesJson.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled site list " + BUNDLED);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A published list; a list that is not one (unknown field, bad code, duplicate) is refused with the reason. */
    public static SiteList read(String json) {
        try {
            Document document = Json.read(json, Document.class);
            if (document.sites() == null) {
                throw new IllegalArgumentException("站点清单缺少 sites");
            }
            return new SiteList(document.sites());
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("站点清单格式不正确：" + e.getMessage(), e);
        }
    }

    public static String write(SiteList list) {
        return Json.write(new Document(list.sites()));
    }
}
