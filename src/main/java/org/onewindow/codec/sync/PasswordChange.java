package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * A person changes their password at a window (the first sign-in after an administrator set it): the centre checks
 * the current one against its own hash before it keeps the new one, so a window alone cannot change anyone's.
 */
public record PasswordChange(String userId, String currentPassword, String newPassword) {
    public PasswordChange {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "PasswordChange[" + userId + "]";
    }
}
