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
 * @param offices       office profiles published since the cursor: this device's hall ({@code key} "hall") and the
 *                      deciding authorities ({@code key} "authority:" and the catalog code); an older centre sends none
 * @param sites         the help-and-proxy sites of the device's hall ({@code key} is the hall), when published since the
 *                      cursor; null otherwise, and from an older centre
 */
public record PullResponse(String cursor, boolean more, Publication catalog, List<Publication> calendars,
                           List<UserAccount> users, List<EventEnvelope> events, List<Publication> nationalYears,
                           List<String> departedUsers, List<DeviceKey> keys, List<Publication> offices,
                           Publication sites) {

    /** A page with no departures, no keys, no office profiles and no sites (an older centre sends none of them). */
    public PullResponse(String cursor, boolean more, Publication catalog, List<Publication> calendars,
                        List<UserAccount> users, List<EventEnvelope> events, List<Publication> nationalYears) {
        this(cursor, more, catalog, calendars, users, events, nationalYears, List.of(), List.of(), List.of(), null);
    }

    public PullResponse {
        Objects.requireNonNull(cursor, "cursor");
        calendars = List.copyOf(calendars);
        nationalYears = nationalYears == null ? List.of() : List.copyOf(nationalYears);
        offices = offices == null ? List.of() : List.copyOf(offices);
        users = List.copyOf(users);
        departedUsers = departedUsers == null ? List.of() : List.copyOf(departedUsers);
        keys = keys == null ? List.of() : List.copyOf(keys);
        events = List.copyOf(events);
    }
}
