package org.onewindow.store;

import java.math.BigDecimal;
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
import java.util.function.Supplier;
import org.onewindow.codec.EventHash;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseRuleViolation;
import org.onewindow.domain.caselog.CaseRules;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.DocumentNumber;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * What the window does to a case (受理台), each a single transaction: the new event(s), the
 * case's projection and its outbox entry are committed together, or nothing is. Rules are checked
 * by {@link CaseRules} before anything is written; messages are for the clerk.
 */
public final class CaseDesk {

    private final Database database;
    private final LocalEvents local;
    private final Devices devices;
    private final CaseFold fold;
    private final CaseProjection projection;
    private final UserAccounts users;
    private final Supplier<Catalog> catalog;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CaseDesk(Database database, LocalEvents local, Devices devices, CaseFold fold, CaseProjection projection,
             UserAccounts users, Supplier<Catalog> catalog, WorkingCalendar calendar, Clock clock) {
        this.database = database;
        this.local = local;
        this.devices = devices;
        this.fold = fold;
        this.projection = projection;
        this.users = users;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The promised and statutory dates for these items if accepted today: the longest limit of the
     * items counts. The receipt must state the promised date, so a promised date beyond the
     * calendar's data throws its message; a statutory deadline beyond it is left open (null) rather
     * than guessed, so long-limit items can still be accepted (decision record 0013).
     */
    public Deadlines deadlinesFor(List<String> itemCodes) {
        List<ServiceItem> items = items(itemCodes);
        LocalDate today = today();
        int promised = items.stream().mapToInt(ServiceItem::promisedDays).max().orElse(0);
        int statutory = items.stream().mapToInt(ServiceItem::statutoryDays).max().orElse(0);
        LocalDate promisedDate = calendar.addWorkingDays(today, promised);
        LocalDate statutoryDeadline;
        try {
            statutoryDeadline = calendar.addWorkingDays(today, statutory);
        } catch (OutsideCoverageException e) {
            statutoryDeadline = null;
        }
        return new Deadlines(today, promisedDate, statutoryDeadline);
    }

    /** 受理 (plainly, 容缺 or 告知承诺): opens a new case with a fresh case number. */
    public CaseState accept(User clerk, Intake intake, DecisionKind decision) {
        return open(clerk, UUID.randomUUID(), intake, (number, deadlines) -> acceptance(clerk, intake, decision, number, deadlines));
    }

    /** 受理 after a one-time notice: the applicant came back and the same case is now accepted. */
    public CaseState acceptAfterSupplement(User clerk, UUID caseId, Intake intake, DecisionKind decision) {
        Deadlines deadlines = deadlinesFor(intake.itemCodes());
        return append(clerk, caseId, state -> acceptance(clerk, intake, decision, state.caseNumber(), deadlines));
    }

    /** 一次性告知: opens a case whose every missing or defective material is listed once. */
    public CaseState notifyDeficiencies(User clerk, Intake intake, List<Deficiency> deficiencies) {
        if (deficiencies.isEmpty()) {
            throw new IllegalArgumentException("一次性告知至少列出一项缺少或不符合要求的材料");
        }
        return open(clerk, UUID.randomUUID(), intake,
                (number, deadlines) -> new EventPayload.DeficiencyNotified(number, intake, deficiencies, clerk.userId()));
    }

    /**
     * 不予受理: the clerk cannot refuse alone (窗口无否决权); a supervisor confirms with their own
     * password, and the event is recorded in the supervisor's name.
     */
    public CaseState refuse(User clerk, Intake intake, String reason, String supervisorId, char[] supervisorPassword) {
        requireText(reason, "不予受理必须写明理由");
        User supervisor = users.confirmSupervisor(supervisorId, supervisorPassword);
        return open(supervisor, UUID.randomUUID(), intake,
                (number, deadlines) -> new EventPayload.ApplicationRefused(number, intake, reason.strip(),
                        clerk.userId(), supervisor.userId()));
    }

    /** 补齐补正 / 容缺补齐: materials brought later, at this or any window. */
    public CaseState supplement(User clerk, UUID caseId, List<MaterialCheck> materials, String note) {
        if (materials.isEmpty() || materials.stream().noneMatch(m -> m.status().satisfied())) {
            throw new IllegalArgumentException("请至少登记一份已收取的材料");
        }
        return append(clerk, caseId, state -> new EventPayload.MaterialsSupplemented(materials, note == null ? "" : note));
    }

    /** 作废: a supervisor confirms with their own password; the reason is kept in the log. */
    public CaseState voidCase(UUID caseId, String reason, String supervisorId, char[] supervisorPassword) {
        requireText(reason, "作废必须填写原因");
        User supervisor = users.confirmSupervisor(supervisorId, supervisorPassword);
        return append(supervisor, caseId, state -> new EventPayload.Voided(reason.strip(), supervisor.userId()));
    }

    /** Any other event a person at this window may record (出证, 送达, 评价 …), checked by the rules. */
    public CaseState record(User actor, UUID caseId, EventPayload payload) {
        if (payload instanceof EventPayload.DocumentPrinted) {
            throw new IllegalArgumentException("打印记录须连同文件一起保存，请用 recordPrinted");
        }
        return append(actor, caseId, state -> payload);
    }

    /**
     * A document went to the printer: its exact PDF bytes are archived together with the
     * DOCUMENT_PRINTED event, in one transaction.
     */
    public ArchivedDocument recordPrinted(User clerk, UUID caseId, String kind, String documentNumber,
                                          boolean reprint, byte[] pdf) {
        requireText(kind, "文书种类不能为空");
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("打印的文件为空");
        }
        String sha256 = EventHash.sha256(pdf);
        return database.write(c -> {
            CaseState state = stateIn(c, caseId);
            EventPayload.DocumentPrinted printed = new EventPayload.DocumentPrinted(kind,
                    documentNumber == null ? "" : documentNumber, reprint, sha256);
            CaseRules.check(state, printed, clerk.role());
            CaseEvent event = local.append(c, caseId, clerk.userId(), printed);
            projection.write(c, fold.apply(state, event));
            ArchivedDocument archived = new ArchivedDocument(0, caseId, event.eventId(), kind, printed.documentNumber(),
                    reprint, event.recordedAt(), sha256, pdf.clone());
            DocumentArchive.insert(c, archived);
            return archived;
        });
    }

    /**
     * The next document number of this device's series for {@code prefix} this year, e.g.
     * 政服受〔2026〕K7Q3-15号. A number taken for a print that then fails is not reused.
     */
    public DocumentNumber nextDocumentNumber(String prefix) {
        requireText(prefix, "文号前缀不能为空");
        int year = today().getYear();
        String code = devices.current().deviceCode();
        int serial = database.write(c -> Counters.next(c, "doc:" + code + ":" + prefix + ":" + year));
        return new DocumentNumber(prefix, year, code, serial);
    }

    /** The case as folded from its log. */
    public CaseState state(UUID caseId) {
        return database.read(c -> fold.fold(caseId, EventRows.ofCase(c, caseId)));
    }

    /** Refolds every case from the log and rewrites the projection: the list is only ever a cache. */
    public int rebuildProjection() {
        return database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM case_row");
            }
            List<String> caseIds = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT case_id FROM event"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    caseIds.add(rs.getString(1));
                }
            }
            for (String id : caseIds) {
                UUID caseId = UUID.fromString(id);
                projection.write(c, fold.fold(caseId, EventRows.ofCase(c, caseId)));
            }
            return caseIds.size();
        });
    }

    private interface Opening {
        EventPayload build(String caseNumber, Deadlines deadlines);
    }

    private interface Next {
        EventPayload build(CaseState current);
    }

    private CaseState open(User actor, UUID caseId, Intake intake, Opening opening) {
        Deadlines deadlines = deadlinesFor(intake.itemCodes());
        String code = devices.current().deviceCode();
        return database.write(c -> openIn(c, code, actor, caseId, deadlines, opening));
    }

    /**
     * Accepts many applications in one transaction: the bulk path that loads a million cases for
     * the search and heap benchmarks through the same code as a single acceptance.
     */
    List<CaseState> acceptAll(User clerk, List<Intake> intakes, DecisionKind decision) {
        String code = devices.current().deviceCode();
        return database.write(c -> {
            List<CaseState> states = new ArrayList<>(intakes.size());
            for (Intake intake : intakes) {
                Deadlines deadlines = deadlinesFor(intake.itemCodes());
                states.add(openIn(c, code, clerk, UUID.randomUUID(), deadlines,
                        (number, d) -> acceptance(clerk, intake, decision, number, d)));
            }
            return states;
        });
    }

    private CaseState openIn(Connection c, String deviceCode, User actor, UUID caseId, Deadlines deadlines,
                             Opening opening) throws SQLException {
        LocalDate day = deadlines.receivedOn();
        int serial = Counters.next(c, "case:" + deviceCode + ":" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
        String number = new CaseNumber(deviceCode, day, serial).text();
        EventPayload payload = opening.build(number, deadlines);
        CaseState unopened = CaseState.unopened(caseId);
        CaseRules.check(unopened, payload, actor.role());
        CaseEvent event = local.append(c, caseId, actor.userId(), payload);
        CaseState state = fold.apply(unopened, event);
        projection.write(c, state);
        return state;
    }

    private CaseState append(User actor, UUID caseId, Next next) {
        return database.write(c -> {
            CaseState current = stateIn(c, caseId);
            EventPayload payload = next.build(current);
            CaseRules.check(current, payload, actor.role());
            CaseEvent event = local.append(c, caseId, actor.userId(), payload);
            CaseState state = fold.apply(current, event);
            projection.write(c, state);
            return state;
        });
    }

    private CaseState stateIn(Connection c, UUID caseId) throws SQLException {
        List<CaseEvent> events = EventRows.ofCase(c, caseId);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("找不到该案件：" + caseId);
        }
        return fold.fold(caseId, events);
    }

    private EventPayload.ApplicationAccepted acceptance(User clerk, Intake intake, DecisionKind decision,
                                                        String caseNumber, Deadlines deadlines) {
        if (!decision.accepts()) {
            throw new IllegalArgumentException("“" + decision.label() + "”不是受理决定");
        }
        List<String> problems = CaseRules.openingProblems(decision, intake);
        if (!problems.isEmpty()) {
            throw new CaseRuleViolation(String.join("；", problems));
        }
        LocalDate toleranceDeadline = null;
        for (MaterialCheck material : intake.materials()) {
            if (material.status() != MaterialStatus.TOLERATED) {
                continue;
            }
            if (material.promisedBy() == null) {
                throw new IllegalArgumentException("容缺材料“" + material.materialName() + "”须填写承诺补齐日期");
            }
            if (material.promisedBy().isAfter(deadlines.promisedDate())) {
                throw new IllegalArgumentException("容缺材料“" + material.materialName() + "”的补齐日期 "
                        + material.promisedBy() + " 晚于承诺办结日期 " + deadlines.promisedDate());
            }
            if (material.promisedBy().isBefore(deadlines.receivedOn())) {
                throw new IllegalArgumentException("容缺材料“" + material.materialName() + "”的补齐日期早于今天");
            }
            if (toleranceDeadline == null || material.promisedBy().isAfter(toleranceDeadline)) {
                toleranceDeadline = material.promisedBy();
            }
        }
        BigDecimal fee = items(intake.itemCodes()).stream().map(ServiceItem::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new EventPayload.ApplicationAccepted(caseNumber, intake, decision, deadlines.promisedDate(),
                deadlines.statutoryDeadline(), toleranceDeadline, clerk.userId(), fee);
    }

    private List<ServiceItem> items(List<String> itemCodes) {
        Catalog current = catalog.get();
        if (itemCodes.isEmpty()) {
            throw new IllegalArgumentException("请至少选择一个事项");
        }
        return itemCodes.stream().map(code -> current.item(code).orElseThrow(() ->
                new IllegalArgumentException("事项编码“" + code + "”不在当前事项目录（" + current.version() + "）中"))).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }
}
