package org.onewindow.domain.caselog;

import java.util.random.RandomGenerator;

/**
 * The short code of a device (设备码), four characters printed in every case number it issues. The
 * alphabet leaves out 0/O and 1/I so that a code read aloud at the window is never ambiguous.
 */
public final class DeviceCode {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 4;

    private DeviceCode() {
    }

    /** A fresh code for a device on first run; enrollment with the central store confirms or replaces it. */
    public static String random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
