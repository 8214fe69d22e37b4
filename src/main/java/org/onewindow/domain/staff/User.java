package org.onewindow.domain.staff;

import java.util.Objects;


/** A person signed in at this device (or confirming an action), with the role that decides what they may do. */
public record User(String userId, String displayName, Role role) {

    public User {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
