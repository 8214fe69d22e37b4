package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventFormatException;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.NewerEventException;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.DeviceKey;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.EventValidation;

/**
 * The client side of sync (发件箱): this device's unsent events in sequence order, their per-event
 * answers, the pull cursor, and applying what was pulled. The outbox is the event table itself,
 * so an event and its outbox entry are committed together or not at all.
 */
public final class Outbox {

    private static final String LAST_SYNC = "sync.lastSuccess";
    private static final String CURSOR = "sync.pullCursor";
    /** The condition of the partial index of unsent events (V2); repeated so SQLite uses that index. */
    private static final String UNSENT = "sync_state <> 'SYNCED'";

    private final Database database;
    private final LocalEvents local;
    private final Supplier<CaseFold> fold;
    private final CaseProjection projection;
    private final Clock clock;
    private final Settings settings;

    Outbox(Database database, LocalEvents local, Supplier<CaseFold> fold, CaseProjection projection, Clock clock) {
        this.database = database;
        this.local = local;
        this.fold = fold;
        this.projection = projection;
        this.clock = clock;
        this.settings = new Settings(database);
    }

    /**
     * Up to {@code limit} of this device's events still to send (PENDING or FAILED), lowest
     * sequence first. DEAD_LETTER events wait for a person ({@link #retry}).
     */
    public List<OutboxEntry> pending(int limit) {
        return pendingAfter(0, limit);
    }

    /**
     * The same, after sequence number {@code deviceSeq}: one push round walks the outbox once with it, so an
     * event the centre asks to send again later (上传失败) is not sent twice in one round.
     */
    public List<OutboxEntry> pendingAfter(long deviceSeq, int limit) {
        return entries("sync_state IN ('PENDING', 'FAILED')", local.deviceId(), deviceSeq, limit);
    }

    /**
     * The same for the events of one device: this one's, or those of the device it replaced after a restore, which it
     * still holds unsent and sends in that device's name (the centre takes them from its successor).
     */
    public List<OutboxEntry> pendingAfter(String deviceId, long deviceSeq, int limit) {
        return entries("sync_state IN ('PENDING', 'FAILED')", deviceId, deviceSeq, limit);
    }

    /** The devices whose events wait to be sent here: this one's predecessors first, this device last. */
    public List<String> devicesWithPendingEvents() {
        String own = local.deviceId();
        return database.read(c -> {
            List<String> devices = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT device_id FROM event WHERE " + UNSENT
                    + " AND sync_state IN ('PENDING', 'FAILED')"); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    devices.add(rs.getString(1));
                }
            }
            devices.sort((a, b) -> Boolean.compare(a.equals(own), b.equals(own)));
            return devices;
        });
    }

    /** Events the server rejected or that failed, with their reasons, for the failed-events view. */
    public List<OutboxEntry> problems(int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + EventRows.SEALED
                    + ", sync_state, sync_attempts, sync_error FROM event INDEXED BY event_unsent_by_seq WHERE " + UNSENT
                    + " AND sync_state IN ('FAILED', 'DEAD_LETTER') ORDER BY device_seq LIMIT ?")) {
                select.setInt(1, limit);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new OutboxEntry(EventRows.read(rs, 1), SyncState.valueOf(rs.getString(4)),
                                rs.getInt(5), rs.getString(6)));
                    }
                }
                return entries;
            }
        });
    }

    private List<OutboxEntry> entries(String condition, String deviceId, long afterSeq, int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + EventRows.SEALED
                    + ", sync_state, sync_attempts, sync_error FROM event INDEXED BY event_unsent_by_seq WHERE " + UNSENT
                    + " AND " + condition + " AND device_id = ? AND device_seq > ? ORDER BY device_seq LIMIT ?")) {
                select.setString(1, deviceId);
                select.setLong(2, afterSeq);
                select.setInt(3, limit);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new OutboxEntry(EventRows.read(rs, 1), SyncState.valueOf(rs.getString(4)),
                                rs.getInt(5), rs.getString(6)));
                    }
                }
                return entries;
            }
        });
    }

    /** Marks a batch as on its way; each attempt is counted. */
    public void markSending(Collection<UUID> eventIds) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE event SET sync_state = 'SENDING', "
                    + "sync_attempts = sync_attempts + 1, sync_changed_at = ? WHERE event_id = ? AND sync_state <> 'SYNCED'")) {
                for (UUID id : eventIds) {
                    update.setString(1, clock.instant().toString());
                    update.setString(2, id.toString());
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Records the server's answer for each event of a batch, all in one transaction. */
    public void recordResults(List<SyncResult> results) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE event SET sync_state = ?, sync_error = ?, "
                    + "sync_changed_at = ? WHERE event_id = ?")) {
                for (SyncResult result : results) {
                    update.setString(1, result.state().name());
                    update.setString(2, result.reason());
                    update.setString(3, clock.instant().toString());
                    update.setString(4, result.eventId().toString());
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    /** A person asks to send a failed or rejected event again. */
    public void retry(UUID eventId) {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE event SET sync_state = 'PENDING', "
                    + "sync_changed_at = ? WHERE event_id = ? AND sync_state IN ('FAILED', 'DEAD_LETTER')")) {
                update.setString(1, clock.instant().toString());
                update.setString(2, eventId.toString());
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * A batch marked SENDING when the device stopped was never answered; the server keys events by
     * id, so sending them again is safe. Called when the store opens.
     */
    void resumeInterruptedSends() {
        database.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE event SET sync_state = 'PENDING' WHERE " + UNSENT + " AND sync_state = 'SENDING'")) {
                update.executeUpdate();
            }
            return null;
        });
    }

    /** How many events are in each state (the status bar's "待上传 n"). */
    public Map<SyncState, Long> counts() {
        return database.read(c -> {
            Map<SyncState, Long> counts = new EnumMap<>(SyncState.class);
            for (SyncState state : SyncState.values()) {
                counts.put(state, 0L);
            }
            long unsent = 0;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT sync_state, count(*) FROM event WHERE " + UNSENT + " GROUP BY sync_state");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    counts.put(SyncState.valueOf(rs.getString(1)), rs.getLong(2));
                    unsent += rs.getLong(2);
                }
            }
            // Events are never deleted (a trigger refuses it), so the highest row number is their count.
            try (PreparedStatement select = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM event");
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                counts.put(SyncState.SYNCED, rs.getLong(1) - unsent);
            }
            return counts;
        });
    }

    /**
     * Pulled events set aside (held): written by a newer build, or not to be taken as they are (their times, their
     * signature, a fold they break); each is tried again when the store next opens. The status shows how many.
     */
    public long setAside() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM held_event"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Optional<Instant> lastSuccessfulSync() {
        return settings.get(LAST_SYNC).map(Instant::parse);
    }

    public void recordSuccessfulSync(Instant at) {
        database.write(c -> {
            Settings.put(c, LAST_SYNC, at.toString());
            return null;
        });
    }

    /** Where the next pull starts; empty before the first pull. */
    public String pullCursor() {
        return settings.get(CURSOR, "");
    }

    public void savePullCursor(String cursor) {
        database.write(c -> {
            Settings.put(c, CURSOR, cursor);
            return null;
        });
    }

    /** {@link #applyPulled(List, String)} without moving the cursor. */
    public PullReport applyPulled(List<EventEnvelope> events) {
        return applyPulled(events, null);
    }

    /**
     * Takes pulled events in one transaction: each event not yet here (by id) is stored as SYNCED, as the
     * bytes received, if its hash is that of those bytes; the affected cases are folded again from their
     * whole logs, and the cursor moves to {@code newCursor} (unless null). Local events, sent or not, are
     * never changed. An event this build cannot read yet (a newer build wrote it) is held, not lost.
     */
    public PullReport applyPulled(List<EventEnvelope> events, String newCursor) {
        return applyPulled(events, List.of(), Map.of(), newCursor);
    }

    /**
     * One page of a pull in one transaction: the user accounts and published settings (catalog,
     * calendar overrides) sent down, then the events as above, then the cursor.
     */
    public PullReport applyPulled(List<EventEnvelope> events, List<SyncedUser> users, Map<String, String> settings,
                                  String newCursor) {
        return applyPulled(events, users, List.of(), List.of(), settings, newCursor);
    }

    /**
     * One page of a pull in one transaction: the user accounts (and the hall's departures) and published settings,
     * the public keys of the devices whose events come, then the events as above, then the cursor. An event that
     * cannot be taken in — its times out of bounds, its signature not its device's, its case no longer folding with
     * it — is set aside with the reason and reported, never stopping the page (decision record 0020).
     */
    public PullReport applyPulled(List<EventEnvelope> events, List<SyncedUser> users, List<String> departedUsers,
                                  List<DeviceKey> keys, Map<String, String> settings, String newCursor) {
        return database.write(c -> {
            UserAccounts.upsertFromCentral(c, users, clock.instant());
            UserAccounts.depart(c, departedUsers, clock.instant());
            PulledKeys.store(c, keys);
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Settings.put(c, setting.getKey(), setting.getValue());
            }
            Taking taking = new Taking(clock.instant());
            for (EventEnvelope envelope : events) {
                take(c, envelope, taking);
            }
            if (newCursor != null) {
                Settings.put(c, CURSOR, newCursor);
            }
            return new PullReport(taking.inserted, taking.present, taking.rejected, List.copyOf(taking.affected),
                    taking.held);
        });
    }

    /**
     * Takes held events that this build can read into the log (after an upgrade); called when the store opens.
     * Returns how many were taken.
     */
    int admitHeldEvents() {
        boolean none = database.read(c -> {
            try (PreparedStatement any = c.prepareStatement("SELECT 1 FROM held_event LIMIT 1"); ResultSet rs = any.executeQuery()) {
                return !rs.next();
            }
        });
        if (none) {
            return 0;
        }
        return database.write(c -> {
            List<EventEnvelope> held = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT body, hash, signature FROM held_event");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    held.add(new EventEnvelope(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            Taking taking = new Taking(clock.instant());
            for (EventEnvelope envelope : held) {
                take(c, envelope, taking);
            }
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM held_event WHERE EXISTS (SELECT 1 FROM event WHERE event.event_id = held_event.event_id)")) {
                delete.executeUpdate();
            }
            return taking.inserted;
        });
    }

    /** What taking one page did so far. */
    private static final class Taking {
        final Instant now;
        int inserted;
        int present;
        final List<String> rejected = new ArrayList<>();
        final List<String> held = new ArrayList<>();
        final Set<UUID> affected = new LinkedHashSet<>();

        Taking(Instant now) {
            this.now = now;
        }
    }

    private void take(Connection c, EventEnvelope envelope, Taking taking) throws SQLException {
        SealedEvent sealed;
        try {
            sealed = EventCodec.CURRENT.open(envelope.body(), envelope.hash(), envelope.signature());
        } catch (NewerEventException e) {
            if (e.eventId() == null || !EventHash.matches(envelope.body(), envelope.hash())) {
                taking.rejected.add(e.eventId() + "：事件哈希不符或编号无法读取，未接收");
            } else {
                hold(c, e.eventId(), envelope, e.getMessage(), taking.now);
                taking.held.add(e.eventId() + "：" + e.getMessage() + "；已暂存，升级一窗通后自动补入");
            }
            return;
        } catch (EventFormatException e) {
            taking.rejected.add("哈希为 " + envelope.hash() + " 的事件无法读取（" + e.getMessage() + "），未接收");
            return;
        }
        CaseEvent event = sealed.event();
        if (!sealed.intact()) {
            taking.rejected.add(event.eventId() + "：事件哈希不符，内容可能被改动，未接收");
            return;
        }
        Optional<String> stored = EventRows.bodyOf(c, event.eventId());
        if (stored.isPresent()) {
            if (stored.get().equals(sealed.body())) {
                taking.present++;
            } else {
                taking.rejected.add(event.eventId() + "：本机已有同一编号、内容不同的事件，未接收（日志可能被篡改）");
            }
            return;
        }
        if (sequenceTaken(c, event)) {
            taking.rejected.add(event.eventId() + "：设备 " + event.deviceId() + " 的序号 " + event.deviceSeq()
                    + " 已被另一事件占用，未接收");
            return;
        }
        List<String> problems = new ArrayList<>(EventValidation.problems(event, taking.now,
                EventValidation.WINDOW_CLOCK_TOLERANCE));
        PulledKeys.problem(c, sealed).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            setAside(c, event, envelope, String.join("；", problems), taking);
            return;
        }
        // Taken in with its case folded again, or not at all: a fold this event breaks must not stop the page.
        Savepoint before = c.setSavepoint();
        try {
            EventRows.insert(c, sealed, SyncState.SYNCED, taking.now);
            projection.write(c, fold.get().fold(event.caseId(), EventRows.ofCase(c, event.caseId())));
            c.releaseSavepoint(before);
        } catch (RuntimeException e) {
            c.rollback(before);
            setAside(c, event, envelope, "加入本案记录后无法归并（" + e.getClass().getSimpleName() + "）", taking);
            return;
        }
        local.observe(event.hlc());
        taking.affected.add(event.caseId());
        taking.inserted++;
    }

    /** Kept aside with its reason, shown as not taken, and tried again when the store next opens. */
    private static void setAside(Connection c, CaseEvent event, EventEnvelope envelope, String reason, Taking taking)
            throws SQLException {
        hold(c, event.eventId(), envelope, reason, taking.now);
        taking.held.add(event.eventId() + "：" + reason + "；已暂存，未并入案件");
    }

    private static void hold(Connection c, UUID eventId, EventEnvelope envelope, String reason, Instant now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO held_event (event_id, body, hash, signature, "
                + "reason, received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING")) {
            insert.setString(1, eventId.toString());
            insert.setString(2, envelope.body());
            insert.setString(3, envelope.hash());
            insert.setString(4, envelope.signature());
            insert.setString(5, reason);
            insert.setString(6, now.toString());
            insert.executeUpdate();
        }
    }

    private static boolean sequenceTaken(Connection c, CaseEvent event) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM event WHERE device_id = ? AND device_seq = ?")) {
            select.setString(1, event.deviceId());
            select.setLong(2, event.deviceSeq());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
