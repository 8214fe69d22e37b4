package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * What an enrolled device learns once: its device id (the one its events carry, or the one the centre assigned),
 * its device code (the one it asked for, or another if that one was taken), where it stands, its bearer token, and
 * the id of the public key the centre registered for it — empty when the centre registered none, which a window
 * takes to mean an older centre that ignored its key.
 */
public record Enrollment(String deviceId, String deviceCode, String hall, String region, String token, String keyId) {
    public Enrollment {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(token, "token");
        keyId = keyId == null ? "" : keyId;
    }
}
