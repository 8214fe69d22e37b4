package org.onewindow.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventFormatException;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.EventSignature;
import org.onewindow.codec.Json;
import org.onewindow.codec.NewerEventException;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.domain.caselog.AfterAcceptanceRules;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventValidation;
import org.onewindow.domain.caselog.IntakeIdentifiers;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.staff.Role;

/**
 * Takes in a device's batch of events, each as the bytes it was written as (decision record 0016), and trusts none
 * of it (decision record 0020). Each event is judged on its own, in this order: a duplicate (same id, same bytes) is
 * answered as such; its hash must be that of its bytes; it must be signed by a key of its device once the device has
 * one; it must continue its device's hash chain; then what it says must pass the rules every window folds with
 * ({@link EventValidation}), its actor must be an active user of the device's hall whose role may record it, what it
 * says of a help-and-proxy site must fit the device's site ({@link SiteChecks}, decision record 0027: an agent decides
 * only devolved items, a proxy file comes only from its own site's device and names the site's items), its case must
 * be the hall's (a site's device: its site's) or handed to the device and an opening's number the device's own and
 * free, a step after acceptance must fit the case it follows (decision record 0033), and the case's log with it must
 * fold. A site's device is a device of its hall: a proxy file it opens is the
 * hall's case, so the hall's windows record the hand-over's receipt and the decision on it as on any case of theirs. The admitted events are stored in one transaction, once each, keyed by event id, bodies as
 * received. A body of an older schema is read through the upcasters; one this build cannot read (a new type) is
 * deferred: the window keeps it and sends it again after the centre is upgraded.
 */
public final class EventIngest {

    private final DataSource dataSource;
    private final Clock clock;

    public EventIngest(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One pushed event as read: {@code sealed} when this build reads it, otherwise why it must wait. */
    private record Received(EventEnvelope envelope, UUID eventId, String deviceId, long deviceSeq, String previousHash,
                            SealedEvent sealed, String deferral) {
    }

    /** Stores what may be stored and answers for every event, in order. */
    public List<EventOutcome> ingest(Device device, List<EventEnvelope> envelopes) {
        List<Received> events = new ArrayList<>(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            events.add(open(i, envelopes.get(i)));
        }
        if (events.isEmpty()) {
            return List.of();
        }
        return Sql.inTransaction(dataSource, c -> {
            Map<String, String> lineage = Devices.lineage(c, device);
            for (Received event : events) {
                if (!lineage.containsKey(event.deviceId())) {
                    throw ApiException.forbidden("设备 " + device.deviceId() + " 只能上传本设备记录的事件，批次中含有设备 "
                            + event.deviceId() + " 的事件 " + event.eventId() + "，整批未保存");
                }
            }
            return store(c, device, lineage, events);
        });
    }

    /** A body that is no event refuses the whole request, as malformed JSON does: nothing is stored. */
    private static Received open(int index, EventEnvelope envelope) {
        try {
            SealedEvent sealed = EventCodec.CURRENT.open(envelope.body(), envelope.hash(), envelope.signature());
            CaseEvent event = sealed.event();
            return new Received(envelope, event.eventId(), event.deviceId(), event.deviceSeq(), event.previousHash(), sealed, "");
        } catch (NewerEventException e) {
            JsonNode fields = chainFields(envelope.body());
            if (e.eventId() == null || e.deviceId() == null || fields == null) {
                throw ApiException.badRequest(unreadable(index, e));
            }
            return new Received(envelope, e.eventId(), e.deviceId(), fields.get("deviceSeq").longValue(),
                    fields.get("previousHash").textValue(), null, "中心库版本较旧，暂不能接收这条事件（" + e.getMessage()
                    + "）。事件仍保存在窗口，中心库升级后会自动重新上传");
        } catch (EventFormatException e) {
            throw ApiException.badRequest(unreadable(index, e));
        }
    }

    /** The chain fields every body has had since the first envelope, read from a body this build cannot bind. */
    private static JsonNode chainFields(String body) {
        try {
            JsonNode tree = Json.mapper().readTree(body);
            JsonNode seq = tree.get("deviceSeq");
            JsonNode previous = tree.get("previousHash");
            return seq != null && seq.canConvertToLong() && seq.isIntegralNumber() && previous != null && previous.isTextual()
                    ? tree : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String unreadable(int index, EventFormatException e) {
        String field = e.field().isEmpty() ? "" : "的字段 " + e.field();
        return "events[" + index + "].body" + field + " 无法读取：" + e.problem() + "，整批未保存";
    }

    private List<EventOutcome> store(Connection c, Device device, Map<String, String> lineage, List<Received> events)
            throws SQLException {
        Instant now = clock.instant();
        Map<UUID, String> earlier = storedBodies(c, events.stream().map(Received::eventId).distinct().toList());
        Map<String, List<Long>> seqs = new TreeMap<>();
        Set<UUID> caseIds = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        List<String> actorIds = new ArrayList<>();
        for (Received event : events) {
            seqs.computeIfAbsent(event.deviceId(), d -> new ArrayList<>()).add(event.deviceSeq());
            if (event.sealed() != null) {
                CaseEvent read = event.sealed().event();
                caseIds.add(read.caseId());
                actorIds.add(read.actor());
                if (read.payload() instanceof EventPayload.Opening opening) {
                    numbers.add(opening.caseNumber());
                }
            }
        }
        ChainLinks chain = ChainLinks.load(c, seqs);
        Map<String, Map<String, PublicKey>> keys = DeviceKeys.of(c, lineage.keySet());
        Map<String, Users.Standing> actors = Users.standings(c, actorIds);
        CaseOwnership ownership = CaseOwnership.load(c, device, lineage, caseIds, numbers);
        Map<UUID, String> openers = openingDevices(c, events);
        Optional<Site> site = SiteLists.siteOf(c, device);

        EventOutcome[] decided = new EventOutcome[events.size()];
        Map<UUID, String> inBatch = new HashMap<>();
        Map<Integer, SealedEvent> admitted = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Received received = events.get(i);
            UUID id = received.eventId();
            String body = received.envelope().body();
            String before = earlier.containsKey(id) ? earlier.get(id) : inBatch.get(id);
            if (before != null) {
                decided[i] = before.equals(body) ? new EventOutcome(id, Outcome.DUPLICATE, "")
                        : new EventOutcome(id, Outcome.REJECTED,
                        "事件编号 " + id + " 已用于另一条内容不同的事件，本条未保存（日志可能被篡改或设备数据已损坏）");
                continue;
            }
            String refusal = authenticity(received, keys.getOrDefault(received.deviceId(), Map.of()));
            if (!refusal.isEmpty()) {
                decided[i] = new EventOutcome(id, Outcome.REJECTED, refusal);
                continue;
            }
            ChainLinks.Verdict link = chain.take(received.deviceId(), received.deviceSeq(), received.previousHash(),
                    received.envelope().hash());
            if (!link.continues()) {
                decided[i] = new EventOutcome(id, link.waits() ? Outcome.DEFERRED : Outcome.REJECTED, link.reason());
                continue;
            }
            inBatch.put(id, body);
            if (received.sealed() == null) {
                decided[i] = new EventOutcome(id, Outcome.DEFERRED, received.deferral());
                continue;
            }
            refusal = content(received.sealed().event(), now, actors, openers, device, site, ownership);
            if (!refusal.isEmpty()) {
                decided[i] = new EventOutcome(id, Outcome.REJECTED, refusal);
                continue;
            }
            admitted.put(i, received.sealed());
        }
        for (Map.Entry<Integer, String> unfoldable : unfoldable(c, device, admitted).entrySet()) {
            int i = unfoldable.getKey();
            decided[i] = new EventOutcome(events.get(i).eventId(), Outcome.REJECTED, unfoldable.getValue());
            admitted.remove(i);
        }
        chain.store(c);
        Set<UUID> inserted = admitted.isEmpty() ? Set.of() : insert(c, device, List.copyOf(admitted.values()));

        List<EventOutcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (decided[i] != null) {
                outcomes.add(decided[i]);
            } else {
                UUID id = events.get(i).eventId();
                outcomes.add(inserted.contains(id) ? new EventOutcome(id, Outcome.STORED, "")
                        : new EventOutcome(id, Outcome.DUPLICATE, ""));
            }
        }
        return outcomes;
    }

    /** Empty when the bytes are the event's and, once the device has a key, signed by it; otherwise why not. */
    private static String authenticity(Received received, Map<String, PublicKey> deviceKeys) {
        EventEnvelope envelope = received.envelope();
        if (!EventHash.matches(envelope.body(), envelope.hash())) {
            String what = received.sealed() == null ? "事件" : "“" + received.sealed().event().type().label() + "”";
            return "事件哈希与内容不符（内容在设备上或传输中被改动），" + what + "未保存";
        }
        if (deviceKeys.isEmpty()) {
            return "";
        }
        PublicKey key = EventSignature.keyIdOf(envelope.signature()).map(deviceKeys::get).orElse(null);
        if (key == null || !EventSignature.verify(key, envelope.signature(), envelope.hash())) {
            return envelope.signature().isEmpty() ? "事件没有签名：本设备已登记公钥，其事件须由本设备的密钥签名，本条未保存"
                    : "事件签名无效（不是本设备登记的密钥所签），本条未保存";
        }
        return "";
    }

    /** Empty when what the event says may be stored; otherwise why not, for the person at the window. */
    private static String content(CaseEvent event, Instant now, Map<String, Users.Standing> actors,
                                  Map<UUID, String> openers, Device device, Optional<Site> site,
                                  CaseOwnership ownership) {
        List<String> problems = EventValidation.problems(event, now, EventValidation.CENTRE_CLOCK_TOLERANCE);
        if (!problems.isEmpty()) {
            return String.join("；", problems) + "，“" + event.type().label() + "”未保存";
        }
        String refusal = event.type().requiredRole() == Role.SYSTEM
                ? ActorCheck.systemRefusal(event, openers.get(event.caseId()))
                : ActorCheck.refusal(event, actors.get(event.actor()), device.hall());
        if (refusal.isEmpty() && event.type().requiredRole() != Role.SYSTEM) {
            refusal = SiteChecks.refusal(event, actors.get(event.actor()), device, site);
        }
        if (refusal.isEmpty()) {
            refusal = IntakeIdentifiers.refusal(event);
        }
        return refusal.isEmpty() ? ownership.refusal(event) : refusal;
    }

    /**
     * The admitted events whose case, with them, the windows could not fold, each with the reason: the store must
     * never hold a log its readers cannot fold. Folded with the windows' own fold and the case's region's calendar.
     * A step after acceptance is first judged against the case as it stood just before it (the stored log and what
     * this batch admitted before it, up to its HLC): what it says must fit the case's facts by the windows' rule
     * ({@link AfterAcceptanceRules#factsProblem}: the collector is the applicant or an agent, the fee paid is the fee
     * due), decision record 0033.
     */
    private static Map<Integer, String> unfoldable(Connection c, Device device, Map<Integer, SealedEvent> admitted)
            throws SQLException {
        Map<Integer, String> refused = new HashMap<>();
        if (admitted.isEmpty()) {
            return refused;
        }
        Map<UUID, List<Integer>> byCase = new LinkedHashMap<>();
        admitted.forEach((i, sealed) -> byCase.computeIfAbsent(sealed.event().caseId(), id -> new ArrayList<>()).add(i));
        Map<UUID, List<CaseEvent>> logs = logs(c, byCase.keySet());
        CaseFold fold = new CaseFold(CentralCalendar.ofRegion(c, device.region()));
        for (Map.Entry<UUID, List<Integer>> entry : byCase.entrySet()) {
            List<CaseEvent> log = new ArrayList<>(logs.getOrDefault(entry.getKey(), List.of()));
            List<Integer> fitting = new ArrayList<>();
            List<CaseEvent> before = new ArrayList<>(log);
            for (int i : entry.getValue()) {
                CaseEvent event = admitted.get(i).event();
                if (event.payload() instanceof EventPayload.AfterAcceptanceStep step) {
                    Optional<String> problem = AfterAcceptanceRules.factsProblem(
                            stateBefore(fold, entry.getKey(), before, event), step);
                    if (problem.isPresent()) {
                        refused.put(i, problem.get() + "，“" + event.type().label() + "”未保存");
                        continue;
                    }
                }
                fitting.add(i);
                before.add(event);
            }
            List<CaseEvent> added = fitting.stream().map(i -> admitted.get(i).event()).toList();
            if (folds(fold, entry.getKey(), concat(log, added))) {
                continue;
            }
            for (int i : fitting) {
                List<CaseEvent> one = new ArrayList<>(log);
                one.add(admitted.get(i).event());
                if (!folds(fold, entry.getKey(), one)) {
                    refused.put(i, "案件记录加入本条后无法按窗口的规则归并，“" + admitted.get(i).event().type().label() + "”未保存");
                } else {
                    log = one;
                }
            }
        }
        return refused;
    }

    /** The case as it stood just before {@code event}: the events earlier in HLC order, any that cannot fold left out. */
    private static CaseState stateBefore(CaseFold fold, UUID caseId, List<CaseEvent> events, CaseEvent event) {
        List<CaseEvent> earlier = new ArrayList<>();
        for (CaseEvent e : events) {
            if (e.hlc().compareTo(event.hlc()) < 0) {
                earlier.add(e);
            }
        }
        earlier.sort(Comparator.comparing(CaseEvent::hlc));
        CaseState state = CaseState.unopened(caseId);
        for (CaseEvent e : earlier) {
            try {
                state = fold.apply(state, e);
            } catch (RuntimeException unfoldable) {
                // judged and refused by the fold below; it says nothing of the case this step follows
            }
        }
        return state;
    }

    private static List<CaseEvent> concat(List<CaseEvent> a, List<CaseEvent> b) {
        List<CaseEvent> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean folds(CaseFold fold, UUID caseId, List<CaseEvent> events) {
        try {
            fold.fold(caseId, events);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<UUID, List<CaseEvent>> logs(Connection c, Set<UUID> caseIds) throws SQLException {
        Map<UUID, List<CaseEvent>> logs = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT case_id, body, hash FROM case_event WHERE case_id = ANY (?) ORDER BY case_id, hlc")) {
            select.setArray(1, c.createArrayOf("uuid", caseIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    try {
                        logs.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(EventCodec.CURRENT.read(row.getString(2), row.getString(3)));
                    } catch (EventFormatException unreadable) {
                        // a body a newer centre stored that this one cannot read: the windows hold it the same way
                    }
                }
            }
        }
        return logs;
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
            if (received.sealed() != null && received.sealed().event().payload() instanceof EventPayload.Opening opening
                    && opening.decides()) {
                // a proxy file (代办件) decides nothing: the recount is the device's that made the first decision
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

    /** Registers new cases and stores the events; returns the ids of the events stored now. */
    static Set<UUID> insert(Connection c, Device device, List<SealedEvent> events) throws SQLException {
        // Sorted: two batches touching the same cases lock their registry rows in the same order, never crosswise.
        Map<UUID, String> caseNumbers = new TreeMap<>();
        for (SealedEvent sealed : events) {
            caseNumbers.merge(sealed.event().caseId(), caseNumber(sealed.event().payload()), (a, b) -> a.isEmpty() ? b : a);
        }
        try (PreparedStatement register = c.prepareStatement("""
                INSERT INTO case_registry (case_id, case_number, hall, region, site)
                SELECT id, NULLIF(number, ''), ?, ?, ? FROM unnest(?::uuid[], ?::text[]) AS r(id, number)
                ON CONFLICT (case_id) DO UPDATE SET case_number = excluded.case_number
                    WHERE case_registry.case_number IS NULL AND excluded.case_number IS NOT NULL""")) {
            // a site's device registers its cases as its hall's, marked with its site (the site's laptops pull them)
            register.setString(1, device.hall());
            register.setString(2, device.region());
            register.setString(3, device.site());
            register.setArray(4, c.createArrayOf("uuid", caseNumbers.keySet().toArray()));
            register.setArray(5, c.createArrayOf("text", caseNumbers.values().toArray()));
            register.executeUpdate();
        }
        Map<UUID, String> caseHalls = caseHalls(c, c.createArrayOf("uuid", caseNumbers.keySet().toArray()));

        int n = events.size();
        Object[] ids = new Object[n];
        Object[] cases = new Object[n];
        Object[] devices = new Object[n];
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
            devices[i] = event.deviceId();
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
                SELECT e.id, e.case_id, e.device_id, e.seq, e.type, e.actor, e.hlc, e.hall, e.body, e.hash, e.signature
                FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[])
                    AS e(id, case_id, device_id, seq, type, actor, hlc, hall, body, hash, signature)
                ON CONFLICT (event_id) DO NOTHING
                RETURNING event_id""")) {
            insert.setArray(1, c.createArrayOf("uuid", ids));
            insert.setArray(2, c.createArrayOf("uuid", cases));
            insert.setArray(3, c.createArrayOf("text", devices));
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
        // The links of these events (already kept for a pushed batch; the back office's desk keeps its own here).
        try (PreparedStatement links = c.prepareStatement("""
                INSERT INTO device_chain (device_id, device_seq, hash)
                SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[]) ON CONFLICT DO NOTHING""")) {
            links.setArray(1, c.createArrayOf("text", devices));
            links.setArray(2, c.createArrayOf("bigint", seqs));
            links.setArray(3, c.createArrayOf("text", hashes));
            links.executeUpdate();
        }
        return inserted;
    }

    static Map<UUID, String> caseHalls(Connection c, java.sql.Array caseIds) throws SQLException {
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
