package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * A window restored from a backup asks, with its token, to go on as a new device of the same hall: a new id, code,
 * key and token, so it never issues again a number or a sequence its lost days used; it may still send the old
 * device's events it holds. {@code proof} is the old device's signature of the new key (empty only when the old
 * device never registered one).
 */
public record Succession(String publicKey, String proof) {
    public Succession {
        Objects.requireNonNull(publicKey, "publicKey");
        proof = proof == null ? "" : proof;
    }
}
