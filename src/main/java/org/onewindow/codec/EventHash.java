package org.onewindow.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 link of a device's hash chain: the hash of an event's body, the UTF-8 bytes of the text that
 * was written once and is stored and sent as it is (decision record 0016). The body holds the previous
 * event's hash, so each hash vouches for the chain before it. Nothing is ever re-serialised to be checked.
 */
public final class EventHash {

    private EventHash() {
    }

    /** The hash of {@code body}; throws for text that has no UTF-8 form (a lone surrogate). */
    public static String of(String body) {
        if (!wellFormed(body)) {
            throw new IllegalArgumentException("event body is not well-formed Unicode text (lone surrogate)");
        }
        return sha256(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code hash} is the hash of exactly these bytes. */
    public static boolean matches(String body, String hash) {
        return wellFormed(body) && of(body).equals(hash);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Java would encode a lone surrogate as '?', so two different texts could share one hash. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
