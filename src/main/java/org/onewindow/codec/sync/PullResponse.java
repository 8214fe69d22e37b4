package org.onewindow.codec.sync;

import java.util.List;
import java.util.Objects;

/**
 * What changed for a device since its cursor. The client applies a whole response in one
 * transaction and then stores {@code cursor}; {@code more} says another pull has more right away.
 *
 * @param catalog       the newest catalog version, or null when it has not changed
 * @param departedUsers users who left the device's hall (moved elsewhere): the window takes their accounts away
 * @param keys          the public keys of the devices whose events come in this page, to verify their signatures
 */
public record PullResponse(String cursor, boolean more, Publication catalog, List<Publication> calendars,
                           List<UserAccount> users, List<String> departedUsers, List<DeviceKey> keys,
                           List<EventEnvelope> events) {
    public PullResponse {
        Objects.requireNonNull(cursor, "cursor");
        calendars = List.copyOf(calendars);
        users = List.copyOf(users);
        departedUsers = departedUsers == null ? List.of() : List.copyOf(departedUsers);
        keys = keys == null ? List.of() : List.copyOf(keys);
        events = List.copyOf(events);
    }
}
