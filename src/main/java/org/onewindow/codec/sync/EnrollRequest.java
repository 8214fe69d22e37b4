package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * A device asks to enroll with a one-time code (注册码) issued by an administrator, naming the id it
 * made for itself on first run and the short device code it would like to print in case numbers.
 */
public record EnrollRequest(String code, String deviceId, String deviceCode) {
    public EnrollRequest {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceCode, "deviceCode");
    }
}
