package org.onewindow.app;

import java.util.Optional;
import org.onewindow.codec.SitesJson;
import org.onewindow.domain.Problem;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.proxy.SiteList;
import org.onewindow.store.Settings;
import org.onewindow.sync.ChangePuller;

/**
 * The site this workstation serves (本机代办点), if any: set when it enrolled with a site's code, or by the
 * administrator; and the sites of its hall as the centre published them (the bundled demo list until then). A
 * workstation with no site is a hall's window. Held in memory, read again after each sync, so that screens may ask
 * on the window's thread.
 */
public final class SiteSettings {

    /** The setting naming this workstation's site. */
    public static final String SITE_CODE = "site.code";

    private final Settings settings;
    private volatile SiteList sites;
    private volatile String code;

    SiteSettings(Settings settings) {
        this.settings = settings;
        reload();
    }

    /** Reads the list and this workstation's site again (a sync may have brought a newer list). */
    void reload() {
        sites = settings.get(ChangePuller.SITES_SETTING).map(SitesJson::read).orElseGet(SitesJson::bundled);
        code = settings.get(SITE_CODE).orElse("").strip();
    }

    /** The hall's sites: as published, or the demo list. */
    public SiteList sites() {
        return sites;
    }

    /** This workstation's site, when it has one the list knows. */
    public Optional<Site> current() {
        return code.isEmpty() ? Optional.empty() : sites.site(code);
    }

    /** The code set for this workstation, even one the list does not know (yet). */
    public Optional<String> code() {
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /** Makes this workstation a site's (or, with an empty code, a hall's window); the site must be on the list. */
    public void use(String chosen) {
        String site = chosen == null ? "" : chosen.strip();
        if (!site.isEmpty() && sites.site(site).isEmpty()) {
            throw new Problem.InvalidInput("站点清单中没有编码为 " + site + " 的代办点");
        }
        adopt(site);
    }

    /** The site the centre enrolled this workstation for; its list may come with the first pull. */
    void adopt(String site) {
        settings.put(SITE_CODE, site == null ? "" : site.strip());
        reload();
    }
}
