package org.onewindow.store;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.onewindow.codec.EventHash;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseRules;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.DocumentNumber;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.staff.User;

/**
 * Writes a case's log (办件记录): each call is one transaction in which the new event(s), the case's
 * projection and its outbox entry are committed together, or nothing is. Every event is checked by
 * {@link CaseRules} against the state folded inside that transaction before it is written, so what the
 * use cases decide is checked again where it is kept. What to record, and when, is the use cases' part.
 */
public final class CaseDesk {

    private final Database database;
    private final LocalEvents local;
    private final Devices devices;
    private final Supplier<CaseFold> fold;
    private final CaseProjection projection;
    private final Clock clock;

    CaseDesk(Database database, LocalEvents local, Devices devices, Supplier<CaseFold> fold, CaseProjection projection,
             Clock clock) {
        this.database = database;
        this.local = local;
        this.devices = devices;
        this.fold = fold;
        this.projection = projection;
        this.clock = clock;
    }

    /** Builds the next event from the case as it stands inside the transaction; null when there is none. */
    @FunctionalInterface
    public interface Step {
        EventPayload next(CaseState current);
    }

    /**
     * Opens a new case under this device's next case number of the day: the opening decision (受理, 一次性告知
     * or 不予受理) is built for that number inside the transaction.
     */
    public CaseState open(User actor, Function<String, EventPayload.Opening> opening) {
        return open(actor, opening, List.of(), "");
    }

    /**
     * The same, for a clerk who went on despite warnings (the same applicant and item still open, an ID number seen
     * with another name): the warnings and their reason are kept with the case, in the same transaction.
     */
    public CaseState open(User actor, Function<String, EventPayload.Opening> opening, List<String> warnings, String reason) {
        return open(actor, opening, warnings, reason, current -> null);
    }

    /** The warnings a clerk went on despite when opening the case, each with the reason given. */
    public List<String> acknowledgements(UUID caseId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT warning || '｜' || reason FROM intake_acknowledgement "
                    + "WHERE case_id = ? ORDER BY id")) {
                select.setString(1, caseId.toString());
                List<String> kept = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        kept.add(rs.getString(1));
                    }
                }
                return kept;
            }
        });
    }

    /**
     * Opens a new case and records on it, in the same transaction, what {@code then} builds from the state the
     * opening left (e.g. the post the materials came by, the address the result is to be mailed to): all or none.
     */
    public CaseState open(User actor, Function<String, EventPayload.Opening> opening, Step then) {
        return open(actor, opening, List.of(), "", then);
    }

    /** Both: the warnings gone on despite, and the steps recorded with the opening; all or none. */
    public CaseState open(User actor, Function<String, EventPayload.Opening> opening, List<String> warnings, String reason,
                          Step then) {
        String code = devices.current().deviceCode();
        return database.write(c -> {
            CaseState current = openIn(c, code, actor, UUID.randomUUID(), opening);
            for (String warning : warnings) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO intake_acknowledgement (case_id, warning, "
                        + "reason, clerk, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, current.caseId().toString());
                    insert.setString(2, warning);
                    insert.setString(3, reason);
                    insert.setString(4, actor.userId());
                    insert.setString(5, clock.instant().toString());
                    insert.executeUpdate();
                }
            }
            for (EventPayload payload = then.next(current); payload != null; payload = then.next(current)) {
                current = appendIn(c, actor, current, payload);
            }
            return current;
        });
    }

    /**
     * Opens many cases in one transaction: the bulk path that loads a million cases for the search and
     * heap benchmarks through the same code as a single opening.
     */
    List<CaseState> openAll(User actor, List<Function<String, EventPayload.Opening>> openings) {
        String code = devices.current().deviceCode();
        return database.write(c -> {
            List<CaseState> states = new ArrayList<>(openings.size());
            for (Function<String, EventPayload.Opening> opening : openings) {
                states.add(openIn(c, code, actor, UUID.randomUUID(), opening));
            }
            return states;
        });
    }

    /**
     * Records on an existing case the events {@code step} builds, one after another, each from the state
     * the one before left, until it returns null: all of them or none.
     */
    public CaseState append(User actor, UUID caseId, Step step) {
        return database.write(c -> {
            CaseState current = stateIn(c, caseId);
            for (EventPayload payload = step.next(current); payload != null; payload = step.next(current)) {
                current = appendIn(c, actor, current, payload);
            }
            return current;
        });
    }

    /** Records one event on an existing case (出证, 送达, 评价, 作废 …). */
    public CaseState record(User actor, UUID caseId, EventPayload payload) {
        if (payload instanceof EventPayload.DocumentPrinted) {
            throw new IllegalArgumentException("a print is recorded with its document: use recordPrinted");
        }
        return database.write(c -> appendIn(c, actor, stateIn(c, caseId), payload));
    }

    /**
     * A document went to the printer: its exact PDF bytes are archived together with the
     * DOCUMENT_PRINTED event, in one transaction.
     */
    public ArchivedDocument recordPrinted(User actor, UUID caseId, String kind, String documentNumber,
                                          boolean reprint, byte[] pdf) {
        Objects.requireNonNull(kind, "kind");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("an empty PDF was printed");
        }
        String sha256 = EventHash.sha256(pdf);
        return database.write(c -> {
            CaseState state = stateIn(c, caseId);
            EventPayload.DocumentPrinted printed = new EventPayload.DocumentPrinted(kind,
                    documentNumber == null ? "" : documentNumber, reprint, sha256);
            CaseRules.check(state, printed, actor.role());
            CaseEvent event = local.append(c, caseId, actor.userId(), printed);
            projection.write(c, fold.get().apply(state, event));
            ArchivedDocument archived = new ArchivedDocument(0, caseId, event.eventId(), kind, printed.documentNumber(),
                    reprint, event.recordedAt(), sha256, pdf.clone());
            DocumentArchive.insert(c, archived);
            return archived;
        });
    }

    /**
     * The next document number of this device's series for {@code prefix} this year, e.g.
     * 政服受K7Q3〔2026〕15号. A number taken for a print that then fails is not reused.
     */
    public DocumentNumber nextDocumentNumber(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        int year = today().getYear();
        String code = devices.current().deviceCode();
        int serial = database.write(c -> Counters.next(c, "doc:" + code + ":" + prefix + ":" + year));
        return new DocumentNumber(prefix, year, code, serial);
    }

    /**
     * 重新编号: the centre refused this case's opening (its number was already taken there — a number issued before the
     * centre checked whose it was, or by a window restored from a copy), so the case goes on under this device's next
     * number of today: its latest opening is recorded again, the same decision with the new number (a notified case
     * with what it still owes), in one transaction. The refused opening stays in the log, refused, as what happened.
     * Only a case whose latest opening the centre refused may be renumbered.
     */
    public CaseState renumber(User actor, UUID caseId) {
        return database.write(c -> {
            CaseState state = stateIn(c, caseId);
            CaseEvent opening = null;
            for (CaseEvent event : EventRows.ofCase(c, caseId)) {
                if (event.payload() instanceof EventPayload.Opening) {
                    opening = event;
                }
            }
            if (opening == null || !refusedByTheCentre(c, opening.eventId())) {
                throw new Problem.RuleBroken("只有开案事件被中心库拒收的案件才能重新编号");
            }
            String code = devices.current().deviceCode();
            LocalDate day = today();
            String number = new CaseNumber(code, day, Counters.next(c, "case:" + code + ":"
                    + day.format(DateTimeFormatter.BASIC_ISO_DATE))).text();
            EventPayload again = withNumber((EventPayload.Opening) opening.payload(), number, state);
            if (!actor.role().mayRecord(again.type().requiredRole())) {
                throw new Problem.NotPermitted("重新编号须由" + again.type().requiredRole().label() + "确认");
            }
            // The rules refuse a second opening of a case; this one is the same decision under a new number.
            CaseEvent event = local.append(c, caseId, actor.userId(), again);
            CaseState renumbered = fold.get().apply(state, event);
            projection.write(c, renumbered);
            return renumbered;
        });
    }

    /**
     * The same opening under another number: every other component as it was (whatever components a later schema adds),
     * and a notice's deficiencies as the case still owes them.
     */
    private static EventPayload withNumber(EventPayload.Opening opening, String number, CaseState state) {
        RecordComponent[] components = opening.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = switch (components[i].getName()) {
                    case "caseNumber" -> number;
                    case "deficiencies" -> opening instanceof EventPayload.DeficiencyNotified
                            ? state.openDeficiencies() : components[i].getAccessor().invoke(opening);
                    default -> components[i].getAccessor().invoke(opening);
                };
            }
            return (EventPayload) opening.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("an opening is a record with a public canonical constructor", e);
        }
    }

    private static boolean refusedByTheCentre(Connection c, UUID eventId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT sync_state FROM event WHERE event_id = ?")) {
            select.setString(1, eventId.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && SyncState.DEAD_LETTER.name().equals(rs.getString(1));
            }
        }
    }

    /** The case as folded from its log; an unopened state when the log holds nothing of it. */
    public CaseState state(UUID caseId) {
        return database.read(c -> fold.get().fold(caseId, EventRows.ofCase(c, caseId)));
    }

    /** Refolds every case from the log and rewrites the projection: the list is only ever a cache. */
    public int rebuildProjection() {
        return database.write(this::rebuildIn);
    }

    /**
     * Rebuilds the projection if a migration asked for it (table {@code projection_rebuild}); returns the
     * number of cases refolded, 0 when nothing was asked. Called once as the store opens.
     */
    int rebuildProjectionIfRequested() {
        return database.write(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM projection_rebuild")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return 0;
                }
            }
            int rebuilt = rebuildIn(c);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM projection_rebuild");
            }
            return rebuilt;
        });
    }

    private int rebuildIn(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM case_row");
            s.execute("DELETE FROM case_after");
        }
        List<String> caseIds = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT case_id FROM event"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                caseIds.add(rs.getString(1));
            }
        }
        for (String id : caseIds) {
            UUID caseId = UUID.fromString(id);
            projection.write(c, fold.get().fold(caseId, EventRows.ofCase(c, caseId)));
        }
        return caseIds.size();
    }

    private CaseState openIn(Connection c, String deviceCode, User actor, UUID caseId,
                             Function<String, EventPayload.Opening> opening) throws SQLException {
        LocalDate day = today();
        int serial = Counters.next(c, "case:" + deviceCode + ":" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
        return appendIn(c, actor, CaseState.unopened(caseId), opening.apply(new CaseNumber(deviceCode, day, serial).text()));
    }

    private CaseState appendIn(Connection c, User actor, CaseState current, EventPayload payload) throws SQLException {
        CaseRules.check(current, payload, actor.role());
        CaseEvent event = local.append(c, current.caseId(), actor.userId(), payload);
        CaseState state = fold.get().apply(current, event);
        projection.write(c, state);
        return state;
    }

    private CaseState stateIn(Connection c, UUID caseId) throws SQLException {
        List<CaseEvent> events = EventRows.ofCase(c, caseId);
        if (events.isEmpty()) {
            throw new Problem.NotFound("本机没有这个案件的记录");
        }
        return fold.get().fold(caseId, events);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
    }
}
