package org.onewindow.codec.sync;

import java.util.Objects;
import org.onewindow.domain.staff.Role;

/**
 * A person who may log in at the windows of a hall, as synced down so login works offline.
 *
 * @param passwordHash the slow salted hash in the store's format, e.g. {@code pbkdf2-sha256$iterations$salt$hash}
 */
public record UserAccount(String userId, String displayName, Role role, String hall, String passwordHash,
                          boolean disabled) {
    public UserAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
