package org.onewindow.codec.sync;

import java.util.Objects;

/** What an enrolled device learns once: who it is, where it stands, and its bearer token. */
public record Enrollment(String deviceId, String hall, String region, String token) {
    public Enrollment {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(token, "token");
    }
}
