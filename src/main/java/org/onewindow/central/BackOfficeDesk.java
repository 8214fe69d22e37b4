package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.SealedEvent;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseRules;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.HybridLogicalClock;
import org.onewindow.domain.staff.Role;

/**
 * The back office moves a case on (审查, 决定, 办结, 计时暂停/恢复). Each step is checked by the windows'
 * own rules ({@link CaseRules}) against the case folded from its log, under a row lock so two steps on
 * one case cannot both pass the check, and is stored as an ordinary, hash-chained event that the
 * windows pull and verify like any other device's.
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
            CaseState state = new CaseFold(CentralCalendar.ofRegion(c, found.region())).fold(found.caseId(), log);
            CaseRules.violation(state, step, Role.BACK_OFFICE).ifPresent(reason -> {
                throw ApiException.conflict("不能“" + step.type().label() + "”：" + reason);
            });
            String deviceId = "BO-" + systemId;
            HybridLogicalClock hlc = new HybridLogicalClock(clock, deviceId);
            log.forEach(event -> hlc.observe(event.hlc()));
            Hlc stamp = hlc.now();
            Chain chain = nextLink(c, systemId);
            SealedEvent sealed = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), found.caseId(), deviceId,
                    chain.seq(), stamp, systemId, clock.instant(), step, chain.previousHash(), ""));
            try (PreparedStatement link = c.prepareStatement("UPDATE backoffice_system SET last_hash = ? WHERE system_id = ?")) {
                link.setString(1, sealed.hash());
                link.setString(2, systemId);
                link.executeUpdate();
            }
            EventIngest.insert(c, new Device(deviceId, found.hall(), found.region()), List.of(sealed));
            return sealed.event();
        });
    }

    /** The system's next sequence number and the hash its last event ended with (its own hash chain). */
    private record Chain(long seq, String previousHash) {
    }

    private static Chain nextLink(Connection c, String systemId) throws SQLException {
        try (PreparedStatement next = c.prepareStatement(
                "UPDATE backoffice_system SET next_seq = next_seq + 1 WHERE system_id = ? RETURNING next_seq - 1, last_hash")) {
            next.setString(1, systemId);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return new Chain(row.getLong(1), row.getString(2));
            }
        }
    }
}
