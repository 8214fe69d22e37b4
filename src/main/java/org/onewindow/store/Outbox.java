package org.onewindow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.onewindow.codec.EventHash;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;

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
        return entries("sync_state IN ('PENDING', 'FAILED')", limit);
    }

    /** Events the server rejected or that failed, with their reasons, for the failed-events view. */
    public List<OutboxEntry> problems(int limit) {
        return entries("sync_state IN ('FAILED', 'DEAD_LETTER')", limit);
    }

    private List<OutboxEntry> entries(String condition, int limit) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + EventRows.COLUMNS
                    + ", sync_state, sync_attempts, sync_error FROM event INDEXED BY event_unsent_by_seq WHERE " + UNSENT + " AND " + condition
                    + " AND device_id = ? ORDER BY device_seq LIMIT ?")) {
                select.setString(1, local.deviceId());
                select.setInt(2, limit);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new OutboxEntry(EventRows.read(rs, 1), SyncState.valueOf(rs.getString(11)),
                                rs.getInt(12), rs.getString(13)));
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
    public PullReport applyPulled(List<CaseEvent> events) {
        return applyPulled(events, null);
    }

    /**
     * Takes pulled events in one transaction: each event not yet here (by id) is stored as SYNCED
     * if its hash holds, the affected cases are folded again from their whole logs, and the cursor
     * moves to {@code newCursor} (unless null). Local events, sent or not, are never changed.
     */
    public PullReport applyPulled(List<CaseEvent> events, String newCursor) {
        return applyPulled(events, List.of(), Map.of(), newCursor);
    }

    /**
     * One page of a pull in one transaction: the user accounts and published settings (catalog,
     * calendar overrides) sent down, then the events as above, then the cursor.
     */
    public PullReport applyPulled(List<CaseEvent> events, List<SyncedUser> users, Map<String, String> settings,
                                  String newCursor) {
        return database.write(c -> {
            UserAccounts.upsertFromCentral(c, users, clock.instant());
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Settings.put(c, setting.getKey(), setting.getValue());
            }
            int inserted = 0;
            int present = 0;
            List<String> rejected = new ArrayList<>();
            Set<UUID> affected = new LinkedHashSet<>();
            Instant now = clock.instant();
            for (CaseEvent event : events) {
                if (EventRows.exists(c, event.eventId())) {
                    present++;
                    continue;
                }
                if (!EventHash.matches(event)) {
                    rejected.add(event.eventId() + "：事件哈希不符，内容可能被改动，未接收");
                    continue;
                }
                if (sequenceTaken(c, event)) {
                    rejected.add(event.eventId() + "：设备 " + event.deviceId() + " 的序号 " + event.deviceSeq()
                            + " 已被另一事件占用，未接收");
                    continue;
                }
                EventRows.insert(c, event, SyncState.SYNCED, now);
                local.observe(event.hlc());
                affected.add(event.caseId());
                inserted++;
            }
            for (UUID caseId : affected) {
                CaseState state = fold.get().fold(caseId, EventRows.ofCase(c, caseId));
                projection.write(c, state);
            }
            if (newCursor != null) {
                Settings.put(c, CURSOR, newCursor);
            }
            return new PullReport(inserted, present, rejected, List.copyOf(affected));
        });
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
