package org.onewindow.store;

import java.util.List;
import java.util.UUID;

/**
 * What applying a pulled batch did.
 *
 * @param rejected events not taken, each with the reason (bad hash, unreadable, same id with other content,
 *                 sequence clash)
 * @param held     events a newer build wrote that this one cannot read yet: kept aside, taken in after an upgrade
 */
public record PullReport(int inserted, int alreadyPresent, List<String> rejected, List<UUID> refoldedCases,
                         List<String> held) {

    public PullReport {
        rejected = List.copyOf(rejected);
        refoldedCases = List.copyOf(refoldedCases);
        held = List.copyOf(held);
    }
}
