package org.onewindow.codec.sync;

import java.util.Objects;
import org.onewindow.domain.staff.Role;

/**
 * A person who may log in at the windows of a hall, as synced down so login works offline.
 *
 * @param passwordHash         the slow salted hash in the store's format, e.g. {@code pbkdf2-sha256$iterations$salt$hash}
 * @param mustChangePassword   the password was set by an administrator: the person changes it at the first sign-in
 */
public record UserAccount(String userId, String displayName, Role role, String hall, String passwordHash,
                          boolean disabled, boolean mustChangePassword) {

    /** An account whose password its owner chose. */
    public UserAccount(String userId, String displayName, Role role, String hall, String passwordHash, boolean disabled) {
        this(userId, displayName, role, hall, passwordHash, disabled, false);
    }

    public UserAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
