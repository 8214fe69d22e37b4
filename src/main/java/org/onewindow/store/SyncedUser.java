package org.onewindow.store;

import org.onewindow.domain.staff.Role;

/**
 * A user account as the central store sends it down: the password only as its hash in the
 * {@link PasswordHash} form, so the person can sign in here offline.
 */
public record SyncedUser(String userId, String displayName, Role role, String passwordHash, boolean active) {
}
