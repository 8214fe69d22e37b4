package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * A device asks to enroll with a one-time code (注册码) issued by an administrator. It names the id its events
 * already carry, or none when it has written nothing yet and the centre is to assign one; the short device code
 * it would like to print in case numbers; and the public key it signs its events with ({@code ed25519:…}), empty
 * from a window older than signatures.
 */
public record EnrollRequest(String code, String deviceId, String deviceCode, String publicKey) {
    public EnrollRequest {
        Objects.requireNonNull(code, "code");
        deviceId = deviceId == null ? "" : deviceId;
        deviceCode = deviceCode == null ? "" : deviceCode;
        publicKey = publicKey == null ? "" : publicKey;
    }
}
