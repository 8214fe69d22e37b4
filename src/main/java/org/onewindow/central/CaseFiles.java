package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventFormatException;
import org.onewindow.codec.sync.CaseFile;
import org.onewindow.codec.sync.CaseLookup;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.identity.Identifiers;

/**
 * Finds a case's whole log by its case number (受理编号). A window of another hall gets it only for what a supplement
 * needs (补正 at another window): with the number and, as a second factor showing the applicant is at that counter,
 * the applicant's own document number. Every answer that is not the case is the same, so no one learns which numbers
 * exist; a device that looks up too often, or misses too often, is made to wait; and every case handed out (personal
 * data: name, document number, phone) is audited. The case is then handed to the device: it may write to it and pulls
 * its later events.
 */
public final class CaseFiles {

    /** At most this many lookups per device in {@link #WINDOW}: a counter serves a few supplements an hour. */
    static final int MAX_LOOKUPS = 10;
    /** At most this many misses per device in {@link #WINDOW}: a typo or two, not a guessing run. */
    static final int MAX_MISSES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final String NOT_FOUND = "没有与此受理编号和申请人证件号码都相符的案件，请核对后重试";

    private final DataSource dataSource;
    private final Clock clock;

    public CaseFiles(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Registry facts about a case. */
    record Registered(UUID caseId, String caseNumber, String hall, String region) {
    }

    /**
     * The case, for a window that names its number and its applicant's document number. 404 with one message when
     * either does not match (or the case is of another region), 429 when the device asked too often.
     */
    public CaseFile lookUp(Device device, CaseLookup request, String source) {
        Instant now = clock.instant();
        Optional<CaseFile> file = Sql.inTransaction(dataSource, c -> {
            limitRate(c, device, now);
            Optional<Registered> found = find(c, request.caseNumber().strip(), false)
                    .filter(registered -> registered.region().equals(device.region()))
                    .filter(registered -> applicantMatches(c, registered.caseId(), request.applicantIdNumber()));
            try (PreparedStatement log = c.prepareStatement("INSERT INTO case_lookup (device_id, at, found) VALUES (?, ?, ?)")) {
                log.setString(1, device.deviceId());
                log.setTimestamp(2, Timestamp.from(now));
                log.setBoolean(3, found.isPresent());
                log.executeUpdate();
            }
            if (found.isEmpty()) {
                Audit.record(c, clock, device.deviceId(), Audit.Action.CASE_LOOKUP_REFUSED, request.caseNumber(), "编号或证件号码不符", source);
                return Optional.<CaseFile>empty();
            }
            Registered registered = found.get();
            if (!registered.hall().equals(device.hall())) {
                CaseTouches.record(c, device.deviceId(), List.of(registered.caseId()));
            }
            Audit.record(c, clock, device.deviceId(), Audit.Action.CASE_FETCHED, registered.caseNumber(),
                    "案件 " + registered.caseId() + "（大厅 " + registered.hall() + "）交本设备补正", source);
            // Read after the hand-over is committed: an event committed later is pulled, an earlier one is here.
            c.commit();
            return Optional.of(file(c, registered));
        });
        return file.orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    private static void limitRate(Connection c, Device device, Instant now) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("""
                SELECT count(*), count(*) FILTER (WHERE NOT found) FROM case_lookup WHERE device_id = ? AND at > ?""")) {
            count.setString(1, device.deviceId());
            count.setTimestamp(2, Timestamp.from(now.minus(WINDOW)));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                if (row.getLong(1) >= MAX_LOOKUPS || row.getLong(2) >= MAX_MISSES) {
                    throw new ApiException(429, "本设备调取案件过于频繁，请 " + WINDOW.toMinutes() + " 分钟后再试");
                }
            }
        }
    }

    /** Whether the document number typed is that of the case's applicant, however it was typed (decision record 0018). */
    private static boolean applicantMatches(Connection c, UUID caseId, String typed) {
        List<String> keys = Identifiers.searchKeys(typed);
        try {
            for (CaseEvent event : log(c, caseId)) {
                if (event.payload() instanceof EventPayload.Opening opening) {
                    String recorded = opening.intake().applicant().identifier().text();
                    if (!recorded.isEmpty() && keys.contains(recorded)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new CentralStoreException(e);
        }
    }

    static Optional<Registered> find(Connection c, String caseNumber, boolean lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT case_id, case_number, hall, region FROM case_registry WHERE case_number = ? ORDER BY case_id LIMIT 1"
                        + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, caseNumber);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Registered(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** The case's file: its events as stored and the keys of the devices that recorded them. */
    static CaseFile file(Connection c, Registered registered) throws SQLException {
        List<EventEnvelope> events = envelopes(c, registered.caseId());
        List<String> devices = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT device_id FROM case_event WHERE case_id = ?")) {
            select.setObject(1, registered.caseId());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    devices.add(row.getString(1));
                }
            }
        }
        return new CaseFile(registered.caseId(), registered.caseNumber(), registered.hall(), DeviceKeys.published(c, devices),
                events);
    }

    /** A case's events as stored, in HLC order: the bytes each was written as. */
    static List<EventEnvelope> envelopes(Connection c, UUID caseId) throws SQLException {
        List<EventEnvelope> events = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT body, hash, signature FROM case_event WHERE case_id = ? ORDER BY hlc")) {
            select.setObject(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new EventEnvelope(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
        }
        return events;
    }

    /** A case's events as this build reads them, in HLC order, for the back office's fold; unreadable ones left out. */
    static List<CaseEvent> log(Connection c, UUID caseId) throws SQLException {
        List<CaseEvent> events = new ArrayList<>();
        for (EventEnvelope envelope : envelopes(c, caseId)) {
            try {
                events.add(EventCodec.CURRENT.read(envelope.body(), envelope.hash()));
            } catch (EventFormatException newer) {
                // written by a newer build; the windows hold it aside the same way
            }
        }
        return events;
    }
}
