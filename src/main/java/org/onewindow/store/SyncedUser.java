package org.onewindow.store;

import org.onewindow.domain.staff.Role;

/**
 * A user account as the central store sends it down: the password only as its hash in the {@link PasswordHash} form,
 * so the person can sign in here offline.
 *
 * @param mustChangePassword the password was set by an administrator: its owner changes it at the first sign-in
 */
public record SyncedUser(String userId, String displayName, Role role, String passwordHash, boolean active,
                         boolean mustChangePassword) {

    public SyncedUser(String userId, String displayName, Role role, String passwordHash, boolean active) {
        this(userId, displayName, role, passwordHash, active, false);
    }
}
