package org.onewindow.store;

import java.time.Instant;

/**
 * This installation as the central store knows it: a device id created on first run and a short
 * code printed in case numbers; after enrollment also the server and the revocable device token.
 *
 * @param enrolledAt null until the device is enrolled
 */
public record DeviceIdentity(String deviceId, String deviceCode, Instant createdAt, Instant enrolledAt,
                             String serverUrl, String deviceToken) {

    public boolean enrolled() {
        return enrolledAt != null;
    }
}
