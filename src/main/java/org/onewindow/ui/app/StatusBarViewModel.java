package org.onewindow.ui.app;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.onewindow.app.CentreLink;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.sync.SyncStatus;

/**
 * The status bar: whether this device reaches the central store, how many events wait to be sent
 * (and how many failed or were refused), and when sync last succeeded. It is read again whenever a case
 * is saved here or the sync loop reports, so a case saved a moment ago shows at once.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final CentreLink centre;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", "");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper(this, "lastSync", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyBooleanWrapper attention = new ReadOnlyBooleanWrapper(this, "attention");
    private final ReadOnlyObjectWrapper<SyncNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private CentreLink.Overview previous;

    /**
     * Something about sync the clerk should hear of once, as it happens, not only read in the status bar: the centre
     * answering again after an outage, an event the centre refused.
     */
    public record SyncNotice(boolean warning, String title, String text) {
    }

    public StatusBarViewModel(CentreLink centre, TaskExecutor tasks, Localization texts) {
        this.centre = centre;
        this.tasks = tasks;
        this.texts = texts;
    }

    /** Reads the outbox and the sync status again, in the background. */
    public void refresh() {
        tasks.execute(centre::overview, this::show, error -> connection.set(texts.get("status.unreadable")));
    }

    private void show(CentreLink.Overview overview) {
        noticeFor(previous, overview, texts).ifPresent(notice::set);
        previous = overview;
        SyncStatus status = overview.status();
        online.set(overview.enrolled() && status.online());
        if (!overview.enrolled()) {
            connection.set(texts.get("status.standalone", overview.deviceCode()));
        } else if (status.deviceRefused()) {
            connection.set(texts.get("status.deviceRefused", overview.deviceCode()));
        } else {
            connection.set(texts.get(status.online() ? "status.online" : "status.offline", overview.deviceCode()));
        }
        waiting.set(overview.refused() > 0 ? texts.get("status.waitingAndRefused", overview.unsent(), overview.refused())
                : texts.get("status.waiting", overview.unsent()));
        attention.set(overview.refused() > 0 || overview.failed() > 0 || status.deviceRefused());
        lastSync.set(overview.lastSync().map(at -> texts.get("status.lastSync", WHEN.format(at.atZone(CaseFold.ZONE))))
                .orElse(texts.get("status.neverSynced")));
        problem.set(status.problem());
    }

    /** What changed between two readings that deserves a notice; the first reading is only a starting point. */
    static Optional<SyncNotice> noticeFor(CentreLink.Overview before, CentreLink.Overview now, Localization texts) {
        if (before == null || !now.enrolled()) {
            return Optional.empty();
        }
        if (now.refused() > before.refused()) {
            String why = now.status().failed().stream().filter(SyncStatus.FailedEvent::rejected)
                    .map(failed -> texts.get("notice.refused.line", failed.eventLabel(), failed.reason())).reduce((a, b) -> b).orElse("");
            return Optional.of(new SyncNotice(true, texts.get("notice.refused.title", now.refused() - before.refused()),
                    why.isEmpty() ? texts.get("notice.refused.text") : why));
        }
        if (!before.status().online() && now.status().online()) {
            return Optional.of(new SyncNotice(false, texts.get("notice.back.title"),
                    texts.get("notice.back.text", now.unsent())));
        }
        return Optional.empty();
    }

    /** The latest notice to show (a new value each time). */
    public ReadOnlyObjectProperty<SyncNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
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
