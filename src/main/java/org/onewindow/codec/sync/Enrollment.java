package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * What an enrolled device learns once: its device code (the one it asked for, or another if that one
 * was taken), where it stands, and its bearer token.
 */
public record Enrollment(String deviceId, String deviceCode, String hall, String region, String token) {
    public Enrollment {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(token, "token");
    }
}
