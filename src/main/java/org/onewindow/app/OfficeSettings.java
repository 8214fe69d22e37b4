package org.onewindow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.onewindow.print.OfficeProfile;
import org.onewindow.store.Settings;

/**
 * The issuing office as this installation's settings describe it (keys {@code office.*}, set by the
 * administrator or sent down with the hall's configuration). Until they are set, documents carry a
 * plain "政务服务中心" letterhead and an empty seal box rather than another office's details.
 */
public final class OfficeSettings {

    static final String DEFAULT_NAME = "政务服务中心";
    static final String DEFAULT_ABBREVIATION = "政服";

    /** Settings keys are office.name, office.address …; never texts of the window. */
    static final String KEY_PREFIX = "office.";

    private final Settings settings;

    public OfficeSettings(Settings settings) {
        this.settings = settings;
    }

    public OfficeProfile profile() {
        Path seal = settings.get(KEY_PREFIX + "sealImage").map(Path::of).filter(Files::isRegularFile).orElse(null);
        return new OfficeProfile(value("name", DEFAULT_NAME), value("address", ""),
                value("phone", ""), value("openingHours", ""),
                value("progressQuery", ""), value("reviewAuthority", ""),
                value("litigationCourt", ""), seal,
                Boolean.parseBoolean(value("postalDelivery", "false")));
    }

    private String value(String key, String fallback) {
        return settings.get(KEY_PREFIX + key, fallback);
    }

    /** The office's short name that starts its document numbers, e.g. 政服 in 政服受〔2026〕…号. */
    public String abbreviation() {
        return value("abbreviation", DEFAULT_ABBREVIATION);
    }
}
