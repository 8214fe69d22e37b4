package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * What an enrolled device learns once: its device code (the one it asked for, or another if that one
 * was taken), where it stands — its hall and region, and the help-and-proxy site it serves (empty at a hall) —
 * and its bearer token. An older centre sends no site.
 */
public record Enrollment(String deviceId, String deviceCode, String hall, String region, String token, String site) {
    public Enrollment {
        site = site == null ? "" : site;
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(token, "token");
    }

    public Enrollment(String deviceId, String deviceCode, String hall, String region, String token) {
        this(deviceId, deviceCode, hall, region, token, "");
    }
}
