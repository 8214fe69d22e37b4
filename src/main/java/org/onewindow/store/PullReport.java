package org.onewindow.store;

import java.util.List;
import java.util.UUID;

/**
 * What applying a pulled batch did.
 *
 * @param rejected events not taken, each with the reason (bad hash, sequence clash)
 */
public record PullReport(int inserted, int alreadyPresent, List<String> rejected, List<UUID> refoldedCases) {

    public PullReport {
        rejected = List.copyOf(rejected);
        refoldedCases = List.copyOf(refoldedCases);
    }
}
