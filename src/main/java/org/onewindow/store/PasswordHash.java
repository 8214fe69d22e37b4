package org.onewindow.store;

import org.onewindow.codec.PasswordHashing;

/**
 * Slow salted password hashes in an explicit text form, {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}: the store's name
 * for the one format it shares with the centre ({@link PasswordHashing}), so hashes made by the central store verify
 * here offline.
 */
public final class PasswordHash {

    public static final int ITERATIONS = PasswordHashing.ITERATIONS;

    private PasswordHash() {
    }

    public static String hash(char[] password) {
        return PasswordHashing.hash(password);
    }

    /** Whether {@code password} matches {@code encoded}; false for a malformed hash, never an exception. */
    public static boolean verify(char[] password, String encoded) {
        return PasswordHashing.verify(password, encoded);
    }

    /** Whether {@code encoded} has the form this class writes, with at least the required iterations. */
    public static boolean wellFormed(String encoded) {
        return PasswordHashing.wellFormed(encoded);
    }

    static String encode(int iterations, byte[] salt, byte[] hash) {
        return PasswordHashing.encode(iterations, salt, hash);
    }
}
