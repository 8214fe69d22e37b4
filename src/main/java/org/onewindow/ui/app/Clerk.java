package org.onewindow.ui.app;

import java.util.Objects;
import org.onewindow.domain.caselog.Role;

/** The person signed in at this window. */
public record Clerk(String userId, String displayName, Role role) {

    public Clerk {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    /** Supervisors (窗口负责人) and administrators watch deadlines and calendar coverage. */
    public boolean oversees() {
        return role == Role.SUPERVISOR || role == Role.ADMINISTRATOR;
    }
}
