package org.onewindow.codec.sync;

import java.util.Objects;

/** A device asks to enroll with a one-time code (注册码) issued by an administrator. */
public record EnrollRequest(String code) {
    public EnrollRequest {
        Objects.requireNonNull(code, "code");
    }
}
