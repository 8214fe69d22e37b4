package org.onewindow.app;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.domain.Problem;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DeviceIdentity;
import org.onewindow.store.SyncState;
import org.onewindow.sync.CentralRefusedException;
import org.onewindow.sync.CentralUnreachableException;
import org.onewindow.sync.SyncListener;
import org.onewindow.sync.SyncRound;
import org.onewindow.sync.SyncService;
import org.onewindow.sync.SyncStatus;

/**
 * This workstation's link to the central store (与中心库同步): enrolment, a sync round on demand, the
 * background loop, and what the status bar shows — whether the centre answers and what waits to be sent.
 */
public final class CentreLink {

    private final ClientStore store;
    private final SyncService sync;

    CentreLink(ClientStore store, SyncService sync) {
        this.store = store;
        this.sync = sync;
    }

    /**
     * What the status bar shows, read from the outbox so a case saved a moment ago counts at once.
     *
     * @param unsent  events waiting to be sent or failed and to be sent again
     * @param refused  events the centre refused (被拒收), kept here with its reason
     * @param setAside pulled events this window set aside instead of taking them (decision record 0020): they stopped
     *                 nothing, and each is tried again when the window next starts
     */
    public record Overview(boolean enrolled, String deviceCode, SyncStatus status, long unsent, long failed,
                           long refused, Optional<Instant> lastSync, long setAside) {
    }

    public Overview overview() {
        DeviceIdentity device = store.device();
        Map<SyncState, Long> counts = store.outbox().counts();
        long failed = counts.getOrDefault(SyncState.FAILED, 0L);
        long unsent = counts.getOrDefault(SyncState.PENDING, 0L) + counts.getOrDefault(SyncState.SENDING, 0L) + failed;
        return new Overview(device.enrolled(), device.deviceCode(), sync.status(), unsent, failed,
                counts.getOrDefault(SyncState.DEAD_LETTER, 0L), store.outbox().lastSuccessfulSync(), store.outbox().setAside());
    }

    public boolean enrolled() {
        return store.device().enrolled();
    }

    /** Registers this workstation with a one-time code; {@link Workstation#startSync} then syncs in the background. */
    public Enrollment enroll(URI server, String code) {
        try {
            return SyncService.enroll(store, server, code);
        } catch (CentralUnreachableException | CentralRefusedException e) {
            throw new Problem.CentreUnavailable("注册失败：" + e.getMessage(), e);
        }
    }

    /** One round, push then pull, now, on the caller's thread. */
    public SyncRound syncNow() {
        try {
            return sync.syncNow();
        } catch (CentralUnreachableException | CentralRefusedException e) {
            throw new Problem.CentreUnavailable(e.getMessage(), e);
        }
    }

    /** Sync soon (something was saved, or a person asked): cuts a backoff wait short. */
    public void nudge() {
        if (enrolled()) {
            sync.nudge();
        }
    }

    /** A person asks to send a failed or refused event again. */
    public void retry(UUID eventId) {
        sync.retry(eventId);
    }

    /**
     * Told, on the syncing thread, whenever the sync status changes (a round, an outage, a retry); run the
     * answer to stop.
     */
    public Runnable onStatusChanged(Runnable listener) {
        SyncListener forwarding = status -> listener.run();
        sync.addListener(forwarding);
        return () -> sync.removeListener(forwarding);
    }
}
