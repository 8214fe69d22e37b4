package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.CaseFile;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseRules;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.HybridLogicalClock;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.staff.Role;

/**
 * The back office moves a case on (审查, 决定, 办结, 计时暂停/恢复). A system sees and moves only cases with an item of its
 * departments (by the catalog in force). Each step is checked by the windows' own rules ({@link CaseRules}) against
 * the case folded from its log, under a row lock so two steps on one case cannot both pass the check, and is stored
 * as an ordinary, hash-chained event, signed with the centre's key for that system, that the windows pull and verify
 * like any other device's. Every fetch of a case (personal data) and every step is audited.
 */
public final class BackOfficeDesk {

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicReference<Catalog> catalog = new AtomicReference<>();

    public BackOfficeDesk(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The case for a back-office system whose departments it concerns. */
    public CaseFile fetch(BackOfficeSystems.Credential system, String caseNumber, String source) {
        return Sql.inTransaction(dataSource, c -> {
            CaseFiles.Registered found = CaseFiles.find(c, caseNumber, false)
                    .orElseThrow(() -> ApiException.notFound("中心库没有受理编号为 " + caseNumber + " 的案件"));
            List<CaseEvent> log = CaseFiles.log(c, found.caseId());
            requireScope(c, system, new CaseFold(CentralCalendar.ofRegion(c, found.region())).fold(found.caseId(), log),
                    caseNumber);
            Audit.record(c, clock, system.deviceId(), Audit.Action.BACKOFFICE_CASE_FETCHED, caseNumber, "", source);
            return CaseFiles.file(c, found);
        });
    }

    public CaseEvent record(BackOfficeSystems.Credential system, String caseNumber, EventPayload step, String source) {
        return Sql.inTransaction(dataSource, c -> {
            CaseFiles.Registered found = CaseFiles.find(c, caseNumber, true)
                    .orElseThrow(() -> ApiException.notFound("中心库没有受理编号为 " + caseNumber + " 的案件"));
            List<CaseEvent> log = CaseFiles.log(c, found.caseId());
            CaseState state = new CaseFold(CentralCalendar.ofRegion(c, found.region())).fold(found.caseId(), log);
            requireScope(c, system, state, caseNumber);
            CaseRules.violation(state, step, Role.BACK_OFFICE).ifPresent(reason -> {
                throw ApiException.conflict("不能“" + step.type().label() + "”：" + reason);
            });
            String systemId = system.systemId();
            String deviceId = system.deviceId();
            HybridLogicalClock hlc = new HybridLogicalClock(clock, deviceId);
            log.forEach(event -> hlc.observe(event.hlc()));
            Hlc stamp = hlc.now();
            Chain chain = nextLink(c, systemId);
            SealedEvent unsigned = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), found.caseId(), deviceId,
                    chain.seq(), stamp, systemId, clock.instant(), step, chain.previousHash(), ""));
            SealedEvent sealed = new SealedEvent(unsigned.event(), unsigned.body(), unsigned.hash(),
                    BackOfficeSystems.signingKey(c, systemId, clock.instant()).sign(unsigned.hash()));
            try (PreparedStatement link = c.prepareStatement("UPDATE backoffice_system SET last_hash = ? WHERE system_id = ?")) {
                link.setString(1, sealed.hash());
                link.setString(2, systemId);
                link.executeUpdate();
            }
            EventIngest.insert(c, new Device(deviceId, found.hall(), found.region()), List.of(sealed));
            Audit.record(c, clock, deviceId, Audit.Action.BACKOFFICE_STEP, caseNumber, step.type().name(), source);
            return sealed.event();
        });
    }

    /** A system may see and move a case only when one of the case's items belongs to one of its departments. */
    private void requireScope(Connection c, BackOfficeSystems.Credential system, CaseState state, String caseNumber)
            throws SQLException {
        Catalog inForce = catalog(c);
        boolean concerns = state.opened() && state.intake().itemCodes().stream()
                .map(inForce::item).flatMap(java.util.Optional::stream).map(ServiceItem::departmentCode)
                .anyMatch(system.departments()::contains);
        if (!concerns) {
            throw ApiException.forbidden("案件 " + caseNumber + " 的办理事项不属于审批系统 " + system.systemId() + " 负责的部门（"
                    + String.join("、", system.departments()) + "），不能查看或办理");
        }
    }

    /** The newest published catalog, else the bundled one; read again only when a newer version is published. */
    private Catalog catalog(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT version, body FROM catalog_version ORDER BY tx DESC, seq DESC LIMIT 1");
             ResultSet row = select.executeQuery()) {
            Catalog cached = catalog.get();
            if (!row.next()) {
                return CatalogJson.bundled();
            }
            if (cached != null && cached.version().equals(row.getString(1))) {
                return cached;
            }
            Catalog published = CatalogJson.read(row.getString(2));
            catalog.set(published);
            return published;
        }
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
