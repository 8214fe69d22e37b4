package org.onewindow.central;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out device codes (设备码), the four characters a device prints in its case numbers, so that
 * no two devices share one: the code the device chose on first run if it is free, another otherwise.
 */
final class DeviceCodes {

    /** As the client store draws them: no 0/O, no 1/I, read aloud without doubt. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCodes() {
    }

    static String allocate(Connection c, String wanted) throws SQLException {
        // Serialises allocations across service instances; held until the enrollment commits.
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(6006)")) {
            lock.execute();
        }
        String candidate = valid(wanted) ? wanted : random();
        while (taken(c, candidate)) {
            candidate = random();
        }
        return candidate;
    }

    static boolean valid(String code) {
        return code != null && code.length() == 4 && code.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0);
    }

    private static String random() {
        StringBuilder code = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static boolean taken(Connection c, String code) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM device WHERE device_code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
