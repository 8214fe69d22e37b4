package org.onewindow.domain.staff;

import java.util.Objects;


/** A person signed in at this device (or confirming an action), with the role that decides what they may do. */
public record User(String userId, String displayName, Role role) {

    /** The workstation acting on its own: what it records follows from data published to it, not a person's act. */
    public static final User SYSTEM = new User("system", "系统", Role.SYSTEM);

    public User {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
