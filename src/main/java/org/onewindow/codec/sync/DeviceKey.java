package org.onewindow.codec.sync;

import java.util.Objects;

/** A device's public key as the centre registered it, published so windows verify that device's events. */
public record DeviceKey(String deviceId, String keyId, String publicKey) {
    public DeviceKey {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
