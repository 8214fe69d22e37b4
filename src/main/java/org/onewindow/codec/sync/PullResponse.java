package org.onewindow.codec.sync;

import java.util.List;
import java.util.Objects;

/**
 * What changed for a device since its cursor. The client applies a whole response in one
 * transaction and then stores {@code cursor}; {@code more} says another pull has more right away.
 *
 * @param catalog       the newest catalog version, or null when it has not changed
 * @param nationalYears the State Council's holidays of each year published since the cursor ({@code key} is the
 *                      year); an older centre does not send them
 * @param departedUsers users who left the device's hall (moved elsewhere): the window takes their accounts away
 * @param keys          the public keys of the devices whose events come in this page, to verify their signatures
 */
public record PullResponse(String cursor, boolean more, Publication catalog, List<Publication> calendars,
                           List<UserAccount> users, List<EventEnvelope> events, List<Publication> nationalYears,
                           List<String> departedUsers, List<DeviceKey> keys) {

    /** A page with no departures and no keys (an older centre sends neither). */
    public PullResponse(String cursor, boolean more, Publication catalog, List<Publication> calendars,
                        List<UserAccount> users, List<EventEnvelope> events, List<Publication> nationalYears) {
        this(cursor, more, catalog, calendars, users, events, nationalYears, List.of(), List.of());
    }

    public PullResponse {
        Objects.requireNonNull(cursor, "cursor");
        calendars = List.copyOf(calendars);
        nationalYears = nationalYears == null ? List.of() : List.copyOf(nationalYears);
        users = List.copyOf(users);
        departedUsers = departedUsers == null ? List.of() : List.copyOf(departedUsers);
        keys = keys == null ? List.of() : List.copyOf(keys);
        events = List.copyOf(events);
    }
}
