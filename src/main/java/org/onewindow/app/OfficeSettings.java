package org.onewindow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.print.OfficeDirectory;
import org.onewindow.print.OfficeProfile;
import org.onewindow.print.layout.Paper;
import org.onewindow.store.Settings;

/**
 * The offices papers speak for, as this installation's settings describe them (set by the administrator at the
 * window): the hall under keys {@code office.*}, each deciding authority (实施机关) under
 * {@code office.authority.<catalog code>.*} with the same field names. Until they are set, documents carry a plain
 * "政务服务中心" letterhead, the catalog's name of an authority, and an empty seal box rather than another office's
 * details. Profiles the centre publishes ({@link OfficePublication}) are in force where they exist.
 */
public final class OfficeSettings {

    static final String DEFAULT_NAME = "政务服务中心";
    static final String DEFAULT_ABBREVIATION = "政服";

    /** Settings keys are office.name, office.address …; never texts of the window. */
    static final String KEY_PREFIX = "office.";
    /** The paper receipts are printed on: {@code A5} (default) or {@code A4}. */
    static final String RECEIPT_PAPER = KEY_PREFIX + "receiptPaper";

    private final Settings settings;

    public OfficeSettings(Settings settings) {
        this.settings = settings;
    }

    /** The keys an authority's profile is kept under, e.g. {@code office.authority.SPJ.} + {@code name}. */
    public static String authorityKeyPrefix(String authorityCode) {
        return KEY_PREFIX + "authority." + authorityCode + ".";
    }

    /** The hall, as the centre published it, else as set here. */
    public OfficeProfile profile() {
        return OfficePublication.hall(settings).orElseGet(() -> read(KEY_PREFIX, DEFAULT_NAME));
    }

    /** An authority as set here, or null when nobody described it at this window. */
    public OfficeProfile authorityProfile(String authorityCode) {
        String prefix = authorityKeyPrefix(authorityCode);
        return settings.get(prefix + "name").isPresent() ? read(prefix, "") : null;
    }

    /**
     * The hall and every authority described — by the centre (in force where it published a profile) or at this
     * window — and the receipt paper: what documents are rendered with.
     */
    public OfficeDirectory directory() {
        Map<String, OfficeProfile> authorities = new LinkedHashMap<>();
        for (String key : settings.keysStartingWith(KEY_PREFIX + "authority.")) {
            String code = key.substring((KEY_PREFIX + "authority.").length(), key.lastIndexOf('.'));
            OfficeProfile local = authorityProfile(code);
            if (local != null) {
                authorities.put(code, local);
            }
        }
        authorities.putAll(OfficePublication.authorities(settings));
        Paper receipt = "A4".equalsIgnoreCase(settings.get(RECEIPT_PAPER, "A5")) ? Paper.A4_OFFICIAL : Paper.A5;
        return new OfficeDirectory(profile(), authorities, receipt);
    }

    private OfficeProfile read(String prefix, String defaultName) {
        Path seal = settings.get(prefix + "sealImage").map(Path::of).filter(Files::isRegularFile).orElse(null);
        return new OfficeProfile(value(prefix, "name", defaultName), value(prefix, "abbreviation", ""),
                value(prefix, "address", ""), value(prefix, "phone", ""), value(prefix, "openingHours", ""),
                value(prefix, "progressQuery", ""), value(prefix, "reviewAuthority", ""),
                value(prefix, "litigationCourt", ""), seal,
                Boolean.parseBoolean(value(prefix, "postalDelivery", "false")), value(prefix, "verifyAddress", ""));
    }

    private String value(String prefix, String key, String fallback) {
        return settings.get(prefix + key, fallback);
    }

    /** The hall's short name that starts its document numbers, e.g. 政服 in 政服受〔2026〕…号. */
    public String abbreviation() {
        String published = profile().abbreviation();
        return published.isEmpty() ? value(KEY_PREFIX, "abbreviation", DEFAULT_ABBREVIATION) : published;
    }
}
