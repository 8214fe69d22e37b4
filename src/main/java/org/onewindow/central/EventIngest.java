package org.onewindow.central;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventFormatException;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.NewerEventException;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.IntakeIdentifiers;
import org.onewindow.domain.staff.Role;

/**
 * Takes in a device's batch of events, each as the bytes it was written as (decision record 0016): each is
 * judged on its own (its hash is that of its bytes, its actor may record it), then all admitted ones are
 * stored in one transaction, once each, keyed by event id, with their bodies exactly as received. A batch is
 * either stored whole or not at all, so a request cut off half-way leaves nothing behind and is simply sent
 * again. A body of an older schema is read through the upcasters; one of a newer schema of a known type is
 * read ignoring what this build does not know, and its bytes are kept; one this build cannot read (a new
 * type) is deferred: the window keeps it and sends it again after the centre is upgraded.
 */
public final class EventIngest {

    private final DataSource dataSource;

    public EventIngest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One pushed event as read: {@code sealed} when this build reads it, otherwise why it must wait. */
    private record Received(EventEnvelope envelope, UUID eventId, String deviceId, SealedEvent sealed, String deferral) {
    }

    /** Stores what may be stored and answers for every event, in order. */
    public List<EventOutcome> ingest(Device device, List<EventEnvelope> envelopes) {
        List<Received> events = new ArrayList<>(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            events.add(open(i, envelopes.get(i)));
        }
        for (Received event : events) {
            if (!device.deviceId().equals(event.deviceId())) {
                throw ApiException.forbidden("设备 " + device.deviceId() + " 只能上传本设备记录的事件，批次中含有设备 "
                        + event.deviceId() + " 的事件 " + event.eventId() + "，整批未保存");
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        return Sql.inTransaction(dataSource, c -> store(c, device, events));
    }

    /** A body that is no event refuses the whole request, as malformed JSON does: nothing is stored. */
    private static Received open(int index, EventEnvelope envelope) {
        try {
            SealedEvent sealed = EventCodec.CURRENT.open(envelope.body(), envelope.hash(), envelope.signature());
            return new Received(envelope, sealed.event().eventId(), sealed.event().deviceId(), sealed, "");
        } catch (NewerEventException e) {
            if (e.eventId() == null || e.deviceId() == null) {
                throw ApiException.badRequest(unreadable(index, e));
            }
            return new Received(envelope, e.eventId(), e.deviceId(), null, "中心库版本较旧，暂不能接收这条事件（" + e.getMessage()
                    + "）。事件仍保存在窗口，中心库升级后会自动重新上传");
        } catch (EventFormatException e) {
            throw ApiException.badRequest(unreadable(index, e));
        }
    }

    private static String unreadable(int index, EventFormatException e) {
        return "第 " + (index + 1) + " 条事件（events[" + index + "].body）无法读取：" + e.getMessage() + "；整批未保存";
    }

    private List<EventOutcome> store(Connection c, Device device, List<Received> events) throws SQLException {
        Map<String, Users.Standing> actors = Users.standings(c, events.stream().filter(e -> e.sealed() != null)
                .map(e -> e.sealed().event().actor()).distinct().toList());
        Map<UUID, String> openers = openingDevices(c, events);
        EventOutcome[] decided = new EventOutcome[events.size()];
        List<SealedEvent> admitted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Received received = events.get(i);
            String refusal = judge(received, actors, openers);
            if (!refusal.isEmpty()) {
                decided[i] = new EventOutcome(received.eventId(), Outcome.REJECTED, refusal);
            } else if (received.sealed() == null) {
                decided[i] = new EventOutcome(received.eventId(), Outcome.DEFERRED, received.deferral());
            } else {
                admitted.add(received.sealed());
            }
        }
        Set<UUID> inserted = admitted.isEmpty() ? Set.of() : insert(c, device, admitted);
        // Bodies to compare with: of events stored before, and of an event sent twice in this batch.
        Set<UUID> seen = new HashSet<>();
        Map<UUID, String> earlier = storedBodies(c, admitted.stream().map(e -> e.event().eventId())
                .filter(id -> !seen.add(id) || !inserted.contains(id)).distinct().toList());

        List<EventOutcome> outcomes = new ArrayList<>(events.size());
        Set<UUID> storedNow = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Received received = events.get(i);
            UUID id = received.eventId();
            String body = received.envelope().body();
            if (decided[i] != null) {
                outcomes.add(decided[i]);
            } else if (inserted.contains(id) && storedNow.add(id)) {
                outcomes.add(new EventOutcome(id, Outcome.STORED, ""));
            } else if (body.equals(earlier.get(id))) {
                outcomes.add(new EventOutcome(id, Outcome.DUPLICATE, ""));
            } else {
                outcomes.add(new EventOutcome(id, Outcome.REJECTED,
                        "事件编号 " + id + " 已用于另一条内容不同的事件，本条未保存（日志可能被篡改或设备数据已损坏）"));
            }
        }
        return outcomes;
    }

    /** Empty when the event may be stored (or deferred); otherwise why not, for the person at the window. */
    private static String judge(Received received, Map<String, Users.Standing> actors, Map<UUID, String> openers) {
        if (!EventHash.matches(received.envelope().body(), received.envelope().hash())) {
            String what = received.sealed() == null ? "事件" : "“" + received.sealed().event().type().label() + "”";
            return "事件哈希与内容不符（内容在设备上或传输中被改动），" + what + "未保存";
        }
        if (received.sealed() == null) {
            return "";
        }
        CaseEvent event = received.sealed().event();
        if (event.type().requiredRole() == Role.SYSTEM) {
            return ActorCheck.systemRefusal(event, openers.get(event.caseId()));
        }
        String refusal = ActorCheck.refusal(event, actors.get(event.actor()));
        return refusal.isEmpty() ? IntakeIdentifiers.refusal(event) : refusal;
    }

    /**
     * The device that opened each case a workstation's own record (期限重算) is pushed for: stored before, or opened
     * in this very batch. Only that device may record what follows for the case from published data.
     */
    private static Map<UUID, String> openingDevices(Connection c, List<Received> events) throws SQLException {
        Map<UUID, String> openers = new HashMap<>();
        List<UUID> wanted = events.stream().filter(e -> e.sealed() != null)
                .map(e -> e.sealed().event())
                .filter(event -> event.type().requiredRole() == Role.SYSTEM).map(CaseEvent::caseId).distinct().toList();
        if (wanted.isEmpty()) {
            return openers;
        }
        for (Received received : events) {
            if (received.sealed() != null && received.sealed().event().payload() instanceof EventPayload.Opening) {
                openers.putIfAbsent(received.sealed().event().caseId(), received.deviceId());
            }
        }
        try (PreparedStatement select = c.prepareStatement("""
                SELECT DISTINCT ON (case_id) case_id, device_id FROM case_event
                WHERE case_id = ANY (?) AND event_type IN ('APPLICATION_ACCEPTED', 'DEFICIENCY_NOTIFIED', 'APPLICATION_REFUSED')
                ORDER BY case_id, hlc""")) {
            select.setArray(1, c.createArrayOf("uuid", wanted.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    openers.put(row.getObject(1, UUID.class), row.getString(2));
                }
            }
        }
        return openers;
    }

    /** Registers new cases, stores the events, and notes cases this device touched outside its hall. */
    static Set<UUID> insert(Connection c, Device device, List<SealedEvent> events) throws SQLException {
        // Sorted: two batches touching the same cases lock their registry rows in the same order, never crosswise.
        Map<UUID, String> caseNumbers = new TreeMap<>();
        for (SealedEvent sealed : events) {
            caseNumbers.merge(sealed.event().caseId(), caseNumber(sealed.event().payload()), (a, b) -> a.isEmpty() ? b : a);
        }
        try (PreparedStatement register = c.prepareStatement("""
                INSERT INTO case_registry (case_id, case_number, hall, region)
                SELECT id, NULLIF(number, ''), ?, ? FROM unnest(?::uuid[], ?::text[]) AS r(id, number)
                ON CONFLICT (case_id) DO UPDATE SET case_number = excluded.case_number
                    WHERE case_registry.case_number IS NULL AND excluded.case_number IS NOT NULL""")) {
            register.setString(1, device.hall());
            register.setString(2, device.region());
            register.setArray(3, c.createArrayOf("uuid", caseNumbers.keySet().toArray()));
            register.setArray(4, c.createArrayOf("text", caseNumbers.values().toArray()));
            register.executeUpdate();
        }
        Map<UUID, String> caseHalls = caseHalls(c, c.createArrayOf("uuid", caseNumbers.keySet().toArray()));

        int n = events.size();
        Object[] ids = new Object[n];
        Object[] cases = new Object[n];
        Object[] seqs = new Object[n];
        Object[] types = new Object[n];
        Object[] actors = new Object[n];
        Object[] hlcs = new Object[n];
        Object[] halls = new Object[n];
        Object[] texts = new Object[n];
        Object[] hashes = new Object[n];
        Object[] signatures = new Object[n];
        for (int i = 0; i < n; i++) {
            CaseEvent event = events.get(i).event();
            ids[i] = event.eventId();
            cases[i] = event.caseId();
            seqs[i] = event.deviceSeq();
            types[i] = event.type().name();
            actors[i] = event.actor();
            hlcs[i] = event.hlc().encode();
            halls[i] = caseHalls.get(event.caseId());
            texts[i] = events.get(i).body();
            hashes[i] = events.get(i).hash();
            signatures[i] = events.get(i).signature();
        }
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO case_event (event_id, case_id, device_id, device_seq, event_type, actor, hlc, hall, body,
                                        hash, signature)
                SELECT e.id, e.case_id, ?, e.seq, e.type, e.actor, e.hlc, e.hall, e.body, e.hash, e.signature
                FROM unnest(?::uuid[], ?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[])
                    AS e(id, case_id, seq, type, actor, hlc, hall, body, hash, signature)
                ON CONFLICT (event_id) DO NOTHING
                RETURNING event_id""")) {
            insert.setString(1, device.deviceId());
            insert.setArray(2, c.createArrayOf("uuid", ids));
            insert.setArray(3, c.createArrayOf("uuid", cases));
            insert.setArray(4, c.createArrayOf("bigint", seqs));
            insert.setArray(5, c.createArrayOf("text", types));
            insert.setArray(6, c.createArrayOf("text", actors));
            insert.setArray(7, c.createArrayOf("text", hlcs));
            insert.setArray(8, c.createArrayOf("text", halls));
            insert.setArray(9, c.createArrayOf("text", texts));
            insert.setArray(10, c.createArrayOf("text", hashes));
            insert.setArray(11, c.createArrayOf("text", signatures));
            try (ResultSet row = insert.executeQuery()) {
                while (row.next()) {
                    inserted.add(row.getObject(1, UUID.class));
                }
            }
        }
        List<UUID> elsewhere = caseHalls.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(device.hall())).map(Map.Entry::getKey).toList();
        if (!elsewhere.isEmpty()) {
            CaseTouches.record(c, device.deviceId(), elsewhere);
        }
        return inserted;
    }

    static Map<UUID, String> caseHalls(Connection c, Array caseIds) throws SQLException {
        Map<UUID, String> halls = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT case_id, hall FROM case_registry WHERE case_id = ANY (?)")) {
            select.setArray(1, caseIds);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    halls.put(row.getObject(1, UUID.class), row.getString(2));
                }
            }
        }
        return halls;
    }

    private static Map<UUID, String> storedBodies(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, String> bodies = new HashMap<>();
        if (ids.isEmpty()) {
            return bodies;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT event_id, body FROM case_event WHERE event_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    bodies.put(row.getObject(1, UUID.class), row.getString(2));
                }
            }
        }
        return bodies;
    }

    /** The case number an opening event issues; empty for the events that follow. */
    static String caseNumber(EventPayload payload) {
        return payload instanceof EventPayload.Opening opening ? opening.caseNumber() : "";
    }
}
