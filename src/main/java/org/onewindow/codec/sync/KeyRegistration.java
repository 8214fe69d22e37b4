package org.onewindow.codec.sync;

import java.util.Objects;

/** A window enrolled before it signed registers the public key it signs with from now on ({@code ed25519:…}). */
public record KeyRegistration(String publicKey) {
    public KeyRegistration {
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
