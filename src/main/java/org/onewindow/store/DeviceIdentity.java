package org.onewindow.store;

import java.time.Instant;

/**
 * This installation as the central store knows it: a device id created on first run (or assigned by the centre) and a
 * short code printed in case numbers; after enrollment also the server and the revocable device token (kept in a file
 * of its own, not in the database).
 *
 * @param enrolledAt    null until the device is enrolled (or when its token is gone)
 * @param restoredAt    when the store was restored from a backup, while it has not yet gone on as a new device
 * @param predecessorId the device this one replaced after a restore; empty otherwise
 * @param keyConfirmed  the centre confirmed it holds this device's public key, so it checks its signatures
 */
public record DeviceIdentity(String deviceId, String deviceCode, Instant createdAt, Instant enrolledAt,
                             String serverUrl, String deviceToken, Instant restoredAt, String predecessorId,
                             boolean keyConfirmed) {

    public boolean enrolled() {
        return enrolledAt != null;
    }

    /** Restored from a backup and enrolled: it must go on as a new device before it records anything. */
    public boolean mustGoOnAsNewDevice() {
        return restoredAt != null && enrolled();
    }
}
