package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.codec.Json;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.HybridLogicalClock;

/**
 * The back office moves a case on (审查, 决定, 办结, 计时暂停/恢复). Each step is checked against the
 * case as its log stands, under a row lock so two steps on one case cannot both pass the check, and
 * is stored as an ordinary event that the windows pull.
 */
public final class BackOfficeDesk {

    private final DataSource dataSource;
    private final Clock clock;

    public BackOfficeDesk(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public CaseEvent record(String systemId, String caseNumber, EventPayload step) {
        return Sql.inTransaction(dataSource, c -> {
            CaseFiles.Registered found = CaseFiles.find(c, caseNumber, true)
                    .orElseThrow(() -> ApiException.notFound("中心库没有受理编号为 " + caseNumber + " 的案件"));
            List<CaseEvent> log = CaseFiles.log(c, found.caseId());
            String refusal = CaseProgress.of(log).refusal(step);
            if (!refusal.isEmpty()) {
                throw ApiException.conflict("不能“" + step.type().label() + "”：" + refusal);
            }
            String deviceId = "BO-" + systemId;
            HybridLogicalClock hlc = new HybridLogicalClock(clock, deviceId);
            log.forEach(event -> hlc.observe(event.hlc()));
            Hlc stamp = hlc.now();
            CaseEvent event = new CaseEvent(UUID.randomUUID(), found.caseId(), deviceId, nextSeq(c, systemId), stamp,
                    systemId, clock.instant(), step, "", "");
            EventIngest.insert(c, new Device(deviceId, found.hall(), found.region()), List.of(event),
                    Map.of(event.eventId(), Json.write(event)));
            return event;
        });
    }

    private static long nextSeq(Connection c, String systemId) throws SQLException {
        try (PreparedStatement next = c.prepareStatement(
                "UPDATE backoffice_system SET next_seq = next_seq + 1 WHERE system_id = ? RETURNING next_seq - 1")) {
            next.setString(1, systemId);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
