package org.onewindow.codec.sync;

import java.util.List;
import java.util.Objects;

/**
 * What changed for a device since its cursor. The client applies a whole response in one
 * transaction and then stores {@code cursor}; {@code more} says another pull has more right away.
 *
 * @param catalog the newest catalog version, or null when it has not changed
 */
public record PullResponse(String cursor, boolean more, Publication catalog, List<Publication> calendars,
                           List<UserAccount> users, List<EventEnvelope> events) {
    public PullResponse {
        Objects.requireNonNull(cursor, "cursor");
        calendars = List.copyOf(calendars);
        users = List.copyOf(users);
        events = List.copyOf(events);
    }
}
