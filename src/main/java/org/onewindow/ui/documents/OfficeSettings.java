package org.onewindow.ui.documents;

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

    private final Settings settings;

    public OfficeSettings(Settings settings) {
        this.settings = settings;
    }

    public OfficeProfile profile() {
        Path seal = settings.get("office.sealImage").map(Path::of).filter(Files::isRegularFile).orElse(null);
        return new OfficeProfile(settings.get("office.name", DEFAULT_NAME), settings.get("office.address", ""),
                settings.get("office.phone", ""), settings.get("office.openingHours", ""),
                settings.get("office.progressQuery", ""), settings.get("office.reviewAuthority", ""),
                settings.get("office.litigationCourt", ""), seal,
                Boolean.parseBoolean(settings.get("office.postalDelivery", "false")));
    }

    /** The office's short name that starts its document numbers, e.g. 政服 in 政服受〔2026〕…号. */
    public String abbreviation() {
        return settings.get("office.abbreviation", DEFAULT_ABBREVIATION);
    }
}
