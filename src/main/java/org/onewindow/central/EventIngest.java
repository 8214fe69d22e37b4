package org.onewindow.central;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.IntakeIdentifiers;

/**
 * Takes in a device's batch of events: each is judged on its own (its hash holds, its actor may record it), then all
 * admitted ones are stored in one transaction, once each, keyed by event id. A batch is either stored
 * whole or not at all, so a request cut off half-way leaves nothing behind and is simply sent again.
 */
public final class EventIngest {

    private final DataSource dataSource;

    public EventIngest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores what may be stored and answers for every event, in order. */
    public List<EventOutcome> ingest(Device device, List<CaseEvent> events) {
        for (CaseEvent event : events) {
            if (!event.deviceId().equals(device.deviceId())) {
                throw ApiException.forbidden("设备 " + device.deviceId() + " 只能上传本设备记录的事件，批次中含有设备 "
                        + event.deviceId() + " 的事件 " + event.eventId() + "，整批未保存");
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        return Sql.inTransaction(dataSource, c -> store(c, device, events));
    }

    private List<EventOutcome> store(Connection c, Device device, List<CaseEvent> events) throws SQLException {
        Map<String, Users.Standing> actors = Users.standings(c,
                events.stream().map(CaseEvent::actor).distinct().toList());
        Map<UUID, EventOutcome> rejected = new HashMap<>();
        List<CaseEvent> admitted = new ArrayList<>();
        for (CaseEvent event : events) {
            String refusal = EventHash.matches(event) ? ActorCheck.refusal(event, actors.get(event.actor()))
                    : "事件哈希与内容不符（内容在设备上或传输中被改动），“" + event.type().label() + "”未保存";
            if (refusal.isEmpty()) {
                refusal = IntakeIdentifiers.refusal(event);
            }
            if (refusal.isEmpty()) {
                admitted.add(event);
            } else {
                rejected.put(event.eventId(), new EventOutcome(event.eventId(), Outcome.REJECTED, refusal));
            }
        }
        Map<UUID, String> bodies = new LinkedHashMap<>();
        admitted.forEach(event -> bodies.put(event.eventId(), Json.write(event)));
        Set<UUID> inserted = admitted.isEmpty() ? Set.of() : insert(c, device, admitted, bodies);
        Map<UUID, String> earlier = storedBodies(c, admitted.stream().map(CaseEvent::eventId)
                .filter(id -> !inserted.contains(id)).toList());

        List<EventOutcome> outcomes = new ArrayList<>(events.size());
        Set<UUID> answered = new HashSet<>();
        for (CaseEvent event : events) {
            UUID id = event.eventId();
            if (rejected.containsKey(id)) {
                outcomes.add(rejected.get(id));
            } else if (inserted.contains(id) && answered.add(id)) {
                outcomes.add(new EventOutcome(id, Outcome.STORED, ""));
            } else if (bodies.get(id).equals(earlier.getOrDefault(id, bodies.get(id)))) {
                outcomes.add(new EventOutcome(id, Outcome.DUPLICATE, ""));
            } else {
                outcomes.add(new EventOutcome(id, Outcome.REJECTED,
                        "事件编号 " + id + " 已用于另一条内容不同的事件，本条未保存（日志可能被篡改或设备数据已损坏）"));
            }
        }
        return outcomes;
    }

    /** Registers new cases, stores the events, and notes cases this device touched outside its hall. */
    static Set<UUID> insert(Connection c, Device device, List<CaseEvent> events, Map<UUID, String> bodies)
            throws SQLException {
        // Sorted: two batches touching the same cases lock their registry rows in the same order, never crosswise.
        Map<UUID, String> caseNumbers = new TreeMap<>();
        for (CaseEvent event : events) {
            caseNumbers.merge(event.caseId(), caseNumber(event.payload()), (a, b) -> a.isEmpty() ? b : a);
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
        for (int i = 0; i < n; i++) {
            CaseEvent event = events.get(i);
            ids[i] = event.eventId();
            cases[i] = event.caseId();
            seqs[i] = event.deviceSeq();
            types[i] = event.type().name();
            actors[i] = event.actor();
            hlcs[i] = event.hlc().encode();
            halls[i] = caseHalls.get(event.caseId());
            texts[i] = bodies.get(event.eventId());
        }
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO case_event (event_id, case_id, device_id, device_seq, event_type, actor, hlc, hall, body)
                SELECT e.id, e.case_id, ?, e.seq, e.type, e.actor, e.hlc, e.hall, e.body
                FROM unnest(?::uuid[], ?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    AS e(id, case_id, seq, type, actor, hlc, hall, body)
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
