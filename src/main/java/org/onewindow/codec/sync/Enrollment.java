package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * What an enrolled device learns once: its device id (the one its events carry, or the one the centre assigned),
 * its device code (the one it asked for, or another if that one was taken), where it stands — its hall and region,
 * and the help-and-proxy site it serves (empty at a hall) —, its bearer token, and the id of the public key the
 * centre registered for it — empty when the centre registered none, which a window takes to mean an older centre
 * that ignored its key. An older centre sends no site.
 */
public record Enrollment(String deviceId, String deviceCode, String hall, String region, String token, String keyId,
                         String site) {
    public Enrollment {
        site = site == null ? "" : site;
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(token, "token");
        keyId = keyId == null ? "" : keyId;
    }

    /** An enrollment at a hall (no site). */
    public Enrollment(String deviceId, String deviceCode, String hall, String region, String token, String keyId) {
        this(deviceId, deviceCode, hall, region, token, keyId, "");
    }

    public Enrollment(String deviceId, String deviceCode, String hall, String region, String token) {
        this(deviceId, deviceCode, hall, region, token, "", "");
    }
}
