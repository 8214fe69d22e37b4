package org.onewindow.central;

/**
 * An enrolled window PC or laptop, as the service knows it after checking its token.
 *
 * @param site the help-and-proxy site it serves, empty for a hall's window
 */
public record Device(String deviceId, String deviceCode, String hall, String region, String site) {

    public Device {
        site = site == null ? "" : site;
    }

    /** A window of a hall (no site). */
    public Device(String deviceId, String deviceCode, String hall, String region) {
        this(deviceId, deviceCode, hall, region, "");
    }

    /** A writer the centre itself stands for (the back office's desk), which prints no case numbers. */
    public Device(String deviceId, String hall, String region) {
        this(deviceId, "", hall, region, "");
    }

    /** A laptop of a site: it pulls its site's cases, not the whole hall's. */
    public boolean atSite() {
        return !site.isEmpty();
    }
}
