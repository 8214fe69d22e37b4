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
 * workstation with no site is a hall's window.
 */
public final class SiteSettings {

    /** The setting naming this workstation's site. */
    public static final String SITE_CODE = "site.code";

    private final Settings settings;

    SiteSettings(Settings settings) {
        this.settings = settings;
    }

    /** The hall's sites: as published, or the demo list. */
    public SiteList sites() {
        return settings.get(ChangePuller.SITES_SETTING).map(SitesJson::read).orElseGet(SitesJson::bundled);
    }

    /** This workstation's site, when it has one the list knows. */
    public Optional<Site> current() {
        return settings.get(SITE_CODE).filter(code -> !code.isBlank()).flatMap(code -> sites().site(code));
    }

    /** The code set for this workstation, even one the list does not know (yet). */
    public Optional<String> code() {
        return settings.get(SITE_CODE).filter(code -> !code.isBlank());
    }

    /** Makes this workstation a site's (or, with an empty code, a hall's window). */
    public void use(String code) {
        String chosen = code == null ? "" : code.strip();
        if (!chosen.isEmpty() && sites().site(chosen).isEmpty()) {
            throw new Problem.InvalidInput("站点清单中没有编码为 " + chosen + " 的代办点");
        }
        settings.put(SITE_CODE, chosen);
    }
}
