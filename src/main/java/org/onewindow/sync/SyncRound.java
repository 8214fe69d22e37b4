package org.onewindow.sync;

import java.util.List;

/**
 * What one sync round did, for {@code onewindow sync} and the log.
 *
 * @param rejected   the central store's reasons for events it refused (kept locally as 被拒收)
 * @param notTaken   pulled events the local store would not take (bad hash, sequence clash), or holds until
 *                   an upgrade (written by a newer build), with reasons
 * @param officesUpdated office profiles (the hall's, the authorities') the centre published since the last round
 */
public record SyncRound(int sent, int stored, int duplicates, List<String> rejected, int received,
                        int usersUpdated, boolean catalogUpdated, int calendarsUpdated, List<String> notTaken,
                        int officesUpdated) {

    public SyncRound {
        rejected = List.copyOf(rejected);
        notTaken = List.copyOf(notTaken);
    }
}
