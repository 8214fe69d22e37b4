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

/**
 * The status bar: whether this device talks to the central store, how many events wait to be sent
 * (and how many were refused), and when the last sync succeeded. Read from the store's outbox, so it
 * is true whether or not the sync loop runs.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ClientStore store;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", "");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper(this, "lastSync", "");
    private final ReadOnlyBooleanWrapper attention = new ReadOnlyBooleanWrapper(this, "attention");

    public StatusBarViewModel(ClientStore store, TaskExecutor tasks, Localization texts) {
        this.store = store;
        this.tasks = tasks;
        this.texts = texts;
    }

    private record Reading(DeviceIdentity device, Map<SyncState, Long> counts, Optional<Instant> lastSync) {
    }

    public void refresh() {
        tasks.execute(() -> new Reading(store.device(), store.outbox().counts(), store.outbox().lastSuccessfulSync()),
                this::show, error -> connection.set(texts.get("status.unreadable")));
    }

    private void show(Reading reading) {
        connection.set(reading.device().enrolled()
                ? texts.get("status.enrolled", reading.device().deviceCode())
                : texts.get("status.standalone", reading.device().deviceCode()));
        long unsent = count(reading, SyncState.PENDING) + count(reading, SyncState.SENDING) + count(reading, SyncState.FAILED);
        long refused = count(reading, SyncState.DEAD_LETTER);
        waiting.set(refused > 0 ? texts.get("status.waitingAndRefused", unsent, refused) : texts.get("status.waiting", unsent));
        attention.set(refused > 0 || count(reading, SyncState.FAILED) > 0);
        lastSync.set(reading.lastSync().map(at -> texts.get("status.lastSync", WHEN.format(at.atZone(CaseFold.ZONE))))
                .orElse(texts.get("status.neverSynced")));
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

    /** Something failed or was refused and needs a look. */
    public ReadOnlyBooleanProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }
}
