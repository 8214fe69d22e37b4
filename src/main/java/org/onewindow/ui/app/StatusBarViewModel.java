package org.onewindow.ui.app;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DeviceIdentity;
import org.onewindow.store.SyncState;
import org.onewindow.sync.SyncService;
import org.onewindow.sync.SyncStatus;

/**
 * The status bar: whether this device reaches the central store, how many events wait to be sent
 * (and how many failed or were refused), and when sync last succeeded. The counts are read from the
 * store's outbox, so a case saved a moment ago shows at once, and sync is nudged to send it; whether
 * the centre answers comes from the sync loop.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ClientStore store;
    private final SyncService sync;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", "");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper(this, "lastSync", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyBooleanWrapper attention = new ReadOnlyBooleanWrapper(this, "attention");
    private long unsentBefore = -1;

    public StatusBarViewModel(ClientStore store, SyncService sync, TaskExecutor tasks, Localization texts) {
        this.store = store;
        this.sync = sync;
        this.tasks = tasks;
        this.texts = texts;
    }

    private record Reading(DeviceIdentity device, Map<SyncState, Long> counts, Optional<Instant> lastSync,
                           SyncStatus status) {
    }

    /** Reads the outbox again (in the background); also called when the sync loop reports. */
    public void refresh() {
        tasks.execute(() -> new Reading(store.device(), store.outbox().counts(), store.outbox().lastSuccessfulSync(),
                sync.status()), this::show, error -> connection.set(texts.get("status.unreadable")));
    }

    private void show(Reading reading) {
        SyncStatus status = reading.status();
        DeviceIdentity device = reading.device();
        online.set(device.enrolled() && status.online());
        if (!device.enrolled()) {
            connection.set(texts.get("status.standalone", device.deviceCode()));
        } else if (status.deviceRefused()) {
            connection.set(texts.get("status.deviceRefused", device.deviceCode()));
        } else {
            connection.set(texts.get(status.online() ? "status.online" : "status.offline", device.deviceCode()));
        }
        long unsent = count(reading, SyncState.PENDING) + count(reading, SyncState.SENDING) + count(reading, SyncState.FAILED);
        long refused = count(reading, SyncState.DEAD_LETTER);
        waiting.set(refused > 0 ? texts.get("status.waitingAndRefused", unsent, refused) : texts.get("status.waiting", unsent));
        attention.set(refused > 0 || count(reading, SyncState.FAILED) > 0 || status.deviceRefused());
        lastSync.set(reading.lastSync().map(at -> texts.get("status.lastSync", WHEN.format(at.atZone(CaseFold.ZONE))))
                .orElse(texts.get("status.neverSynced")));
        problem.set(status.problem());
        if (device.enrolled() && unsentBefore >= 0 && unsent > unsentBefore) {
            sync.nudge();
        }
        unsentBefore = unsent;
    }

    private static long count(Reading reading, SyncState state) {
        return reading.counts().getOrDefault(state, 0L);
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** Why the last sync round failed, in Chinese; empty after a success. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /** Something failed or was refused and needs a look. */
    public ReadOnlyBooleanProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }
}
