package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.sync.CaseFile;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.caselog.CaseEvent;

/** Finds a case's whole log by its case number (受理编号). */
public final class CaseFiles {

    private final DataSource dataSource;

    public CaseFiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Registry facts about a case. */
    record Registered(UUID caseId, String caseNumber, String hall, String region) {
    }

    /**
     * The case for a window of the same region; the device then also pulls the case's later events.
     * 404 when no such case, 403 when the case belongs to another region.
     */
    public CaseFile fetchForDevice(Device device, String caseNumber) {
        return Sql.inTransaction(dataSource, c -> {
            Registered found = find(c, caseNumber, false)
                    .orElseThrow(() -> ApiException.notFound("中心库没有受理编号为 " + caseNumber + " 的案件"));
            if (!found.region().equals(device.region())) {
                throw ApiException.forbidden("案件 " + caseNumber + " 不属于本区划，不能在本窗口办理");
            }
            if (!found.hall().equals(device.hall())) {
                CaseTouches.record(c, device.deviceId(), List.of(found.caseId()));
            }
            // Read after the touch is recorded: an event committed later is pulled, an earlier one is here.
            c.commit();
            return new CaseFile(found.caseId(), found.caseNumber(), found.hall(), envelopes(c, found.caseId()));
        });
    }

    /** The case for the back office, which may see any case. */
    public CaseFile fetch(String caseNumber) {
        return Sql.inTransaction(dataSource, c -> {
            Registered found = find(c, caseNumber, false)
                    .orElseThrow(() -> ApiException.notFound("中心库没有受理编号为 " + caseNumber + " 的案件"));
            return new CaseFile(found.caseId(), found.caseNumber(), found.hall(), envelopes(c, found.caseId()));
        });
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

    /** A case's events as this build reads them, in HLC order, for the back office's fold. */
    static List<CaseEvent> log(Connection c, UUID caseId) throws SQLException {
        List<CaseEvent> events = new ArrayList<>();
        for (EventEnvelope envelope : envelopes(c, caseId)) {
            events.add(EventCodec.CURRENT.read(envelope.body(), envelope.hash()));
        }
        return events;
    }
}
