package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.Json;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.AfterAcceptance;
import org.onewindow.domain.caselog.AfterAcceptanceRules;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.store.CaseRow;
import org.onewindow.store.PasswordHash;

/**
 * Issue 9's fuzz test: generated push, pull, enroll, lookup and back-office requests from a legitimately enrolled
 * device of a hall — events with every field drawn from far beyond what windows write (times from year -10^9 to 10^9,
 * any sequence number and link, strangers and other halls' people as actors, other devices' and taken case numbers,
 * dates and amounts out of range, oversized texts and lists) and bodies edited as text — against a real central store
 * on PostgreSQL, with two real windows: one of the attacked hall, working and syncing between rounds, one of another.
 * After every try: no answer was a 5xx, every stored event decodes and its case folds at the centre, both windows' pulls
 * go on and the hall's window takes every stored event, and none of the hall window's own events is lost or stored
 * twice.
 *
 * <p>Each try draws its inputs from one generated seed: jqwik prints the seed of a failing try, and
 * {@code @Property(seed = "…")} runs it again. The tries are few here (part of {@code mvn verify}); the benchmark profile
 * runs {@code CentralFuzzSoakBench} with many more.
 */
class CentralFuzzProperties {

    static CentralFixture central;
    static SyncWindow hallWindow;
    static SyncWindow otherWindow;
    static String hall;
    static Forger attacker;
    static String backOffice;
    static Path windows;
    static final AtomicLong inputs = new AtomicLong();
    static final AtomicLong fiveHundreds = new AtomicLong();
    static final Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<String, AtomicLong> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<String, AtomicLong> refusals = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeContainer
    static void start() throws Exception {
        central = new CentralFixture();
        // Every generated time is judged against the centre's clock; the windows share it, as synchronised PCs do.
        hall = "HALL-FUZZ";
        windows = Files.createTempDirectory(Path.of(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : System.getProperty("java.io.tmpdir")),
                "onewindow-fuzz-");
        hallWindow = SyncWindow.enrolled(central, windows.resolve("hall"), hall, "clerk-fuzz");
        otherWindow = SyncWindow.enrolled(central, windows.resolve("other"), "HALL-ELSEWHERE", "clerk-elsewhere");
        for (String[] user : new String[][] {{"chief-fuzz", "SUPERVISOR", hall}, {"agent-fuzz", "AGENT", hall},
                {"chief-elsewhere", "SUPERVISOR", "HALL-ELSEWHERE"}, {"gone-fuzz", "CLERK", hall}}) {
            central.users.put(new UserAccount(user[0], user[0], Role.valueOf(user[1]), user[2],
                    PasswordHash.hash(SyncWindow.PASSWORD.toCharArray()), false));
        }
        central.users.disable("gone-fuzz");
        backOffice = central.backOffice.register("SCJG", "市场监管局审批系统");
        hallWindow.sync.syncNow();
        otherWindow.sync.syncNow();
        attacker = new Forger();
    }

    @AfterContainer
    static void stop() throws Exception {
        System.out.printf("FUZZ: %d inputs tried (events and request bodies), %d answers 5xx, answers by status %s,"
                        + " pushed events by outcome %s%n", inputs.get(), fiveHundreds.get(), new java.util.TreeMap<>(statuses),
                new java.util.TreeMap<>(outcomes));
        refusals.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(25)
                .forEach(e -> System.out.printf("FUZZ refused %5d × %s%n", e.getValue().get(), e.getKey()));
        hallWindow.close();
        otherWindow.close();
        central.close();
    }

    @Property(tries = 8)
    void pushedEventsNeverBreakTheCentreOrAWindowsFold(@ForAll long seed, @ForAll @IntRange(min = 150, max = 250) int count)
            throws Exception {
        pushRound(seed, count);
    }

    @Property(tries = 5)
    void pullsLookupsEnrollmentsAndBackOfficeStepsNeverBreakTheCentre(@ForAll long seed,
                                                                      @ForAll @IntRange(min = 60, max = 120) int count)
            throws Exception {
        requestRound(seed, count);
    }

    /** One try of generated pushes from the hall's attacking device, then the invariants. */
    static void pushRound(long seed, int count) throws Exception {
        Random random = new Random(seed);
        hallWindow.capture(1 + random.nextInt(3));
        List<SealedEvent> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(12) == 0) {
                push(List.of(editedAsText(random, attacker.event(random))));
                attacker.followTheCentre();
            } else {
                batch.add(attacker.event(random));
                if (batch.size() >= 1 + random.nextInt(60)) {
                    push(batch.stream().map(EventEnvelope::of).toList());
                    batch.clear();
                    attacker.followTheCentre();
                }
            }
        }
        push(batch.stream().map(EventEnvelope::of).toList());
        attacker.followTheCentre();
        everythingHolds();
    }

    /** One try of generated pulls, lookups, enrollments and back-office steps, then the invariants. */
    static void requestRound(long seed, int count) throws Exception {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(4)) {
                case 0 -> answered(central.get("/api/sync/pull?limit=" + encode(pick(random, "1", "5000", "5001", "0", "-1",
                        "x", "99999999999", "")) + "&cursor=" + encode(pick(random, "", "0.0", "1.2", "-1.0", "a.b", "9".repeat(40)
                        + ".1", "1.", ".1", "18446744073709551615.1")), attacker.token));
                case 1 -> answered(central.post("/api/sync/case-lookup", attacker.token, randomJson(random,
                        List.of("caseNumber", "applicantIdNumber"))));
                case 2 -> answered(central.post("/api/enroll", null, randomJson(random,
                        List.of("code", "deviceId", "deviceCode", "publicKey"))));
                default -> answered(central.post("/api/backoffice/cases/" + encode(caseNumber(random)) + "/"
                        + pick(random, "review", "decision", "clock-pause", "clock-resume", "conclusion"), backOffice,
                        randomJson(random, List.of("department", "note", "approved", "reason"))));
            }
        }
        assertThat(central.count("SELECT count(*) FROM device WHERE device_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'"))
                .as("no device under an id the centre would not give").isZero();
        everythingHolds();
    }

    /** The invariants of the issue, after every try. */
    private static void everythingHolds() throws Exception {
        assertThat(fiveHundreds.get()).as("answers with a 5xx status").isZero();
        foldsAtTheCentre();
        SyncRound hall = hallWindow.sync.syncNow();
        SyncRound other = otherWindow.sync.syncNow();
        assertThat(hall.notTaken()).as("stored events the hall's window would not take").isEmpty();
        assertThat(other.notTaken()).isEmpty();
        assertThat(hall.rejected()).as("the hall window's own events refused").isEmpty();
        assertThat(hallWindow.sync.status().waiting()).isZero();
        String own = hallWindow.store.device().deviceId();
        long here = hallWindow.store.events().size() - pulledInto(hallWindow, own);
        assertThat(central.count("SELECT count(*) FROM case_event WHERE device_id = ?", own))
                .as("the hall window's events at the centre: none lost, none twice").isEqualTo(here);
        assertThat(central.count("SELECT count(*) FROM (SELECT event_id FROM case_event GROUP BY event_id HAVING count(*) > 1) d"))
                .isZero();
        assertThat(hallWindow.store.events().verify()).isEmpty();
    }

    private static long pulledInto(SyncWindow window, String own) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + window.store.databaseFile());
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM event WHERE device_id <> ?")) {
            s.setString(1, own);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Every stored event decodes, and every case's stored log folds with the windows' fold. */
    private static void foldsAtTheCentre() throws Exception {
        Map<UUID, List<CaseEvent>> logs = new LinkedHashMap<>();
        try (Connection c = central.database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT case_id, body, hash FROM case_event ORDER BY case_id, hlc"); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                logs.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(EventCodec.CURRENT.read(rows.getString(2), rows.getString(3)));
            }
        }
        CaseFold fold = new CaseFold(WorkingCalendar.bundled());
        logs.forEach(fold::fold);
        // every stored step after acceptance says what a window records (decision record 0033)
        logs.values().stream().flatMap(List::stream).filter(e -> e.payload() instanceof EventPayload.AfterAcceptanceStep)
                .forEach(e -> assertThat(AfterAcceptanceRules.payloadProblem((EventPayload.AfterAcceptanceStep) e.payload()))
                        .as("stored %s", e.type()).isEmpty());
    }

    private static void push(List<EventEnvelope> events) {
        if (!events.isEmpty()) {
            inputs.addAndGet(events.size());
            HttpResponse<String> response = answered(attacker.pushRaw(Json.write(new PushRequest(attacker.deviceId, events))));
            if (response.statusCode() == 200) {
                for (org.onewindow.codec.sync.EventOutcome outcome
                        : Json.read(response.body(), org.onewindow.codec.sync.PushResult.class).outcomes()) {
                    outcomes.computeIfAbsent(outcome.outcome().name(), o -> new AtomicLong()).incrementAndGet();
                    if (!outcome.reason().isEmpty()) {
                        refusals.computeIfAbsent(outcome.reason().replaceAll("[0-9a-f-]{36}|\\d+|[A-Z0-9]{4}-\\d{6}-\\d+-.", "#")
                                .replaceAll("“[^”]*”", "“…”"), r -> new AtomicLong()).incrementAndGet();
                    }
                }
            } else {
                outcomes.computeIfAbsent("WHOLE_BATCH_" + response.statusCode(), o -> new AtomicLong()).addAndGet(events.size());
                refusals.computeIfAbsent(response.statusCode() + " " + Json.read(response.body(), JsonNode.class).get("message")
                        .textValue().replaceAll("\\d+", "#"), r -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    private static HttpResponse<String> answered(HttpResponse<String> response) {
        inputs.incrementAndGet();
        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
        if (response.statusCode() >= 500) {
            fiveHundreds.incrementAndGet();
            throw new AssertionError("5xx: " + response.statusCode() + " " + response.body());
        }
        if (response.statusCode() >= 400) {
            JsonNode problem = Json.read(response.body(), JsonNode.class);
            assertThat(problem.get("message").textValue()).as(response.body())
                    .doesNotContain("java.", "org.onewindow", "com.fasterxml", "Exception");
        }
        return response;
    }

    /** A device of the hall, enrolled as any window is, writing whatever it likes. */
    private static final class Forger {
        final String deviceId;
        final String deviceCode;
        final String token;
        long seq;
        String previous = "";
        int serial;
        final List<UUID> cases = new ArrayList<>();

        Forger() {
            String code = central.devices.issueEnrollmentCode(hall, "330100", Duration.ofHours(1));
            JsonNode answer = Json.read(central.post("/api/enroll", null, "{\"code\":\"" + code + "\",\"deviceId\":\"\","
                    + "\"deviceCode\":\"AAAA\"}").body(), JsonNode.class);
            deviceId = answer.get("deviceId").textValue();
            deviceCode = answer.get("deviceCode").textValue();
            token = answer.get("token").textValue();
        }

        HttpResponse<String> pushRaw(String body) {
            return central.post("/api/sync/push", token, body);
        }

        /** Where the centre says this device's chain ends: the next well-linked event follows it. */
        void followTheCentre() {
            JsonNode standing = Json.read(central.get("/api/sync/standing", token).body(), JsonNode.class);
            seq = standing.get("lastSeq").longValue();
            previous = standing.get("lastHash").textValue();
        }

        /**
         * An event as a window writes it, then — every other time — with one thing wrong: one field drawn from far
         * beyond what windows write, so the centre's every rule is met alone and not only in bulk.
         */
        SealedEvent event(Random random) {
            for (int attempt = 0; ; attempt++) {
                try {
                    return seal(random, random.nextBoolean() ? random.nextInt(MUTATIONS) : -1);
                } catch (RuntimeException notARecord) {
                    // the domain's own records refused the draw (an empty item list, a score of 9): draw again
                    if (attempt > 20) {
                        throw notARecord;
                    }
                }
            }
        }

        private static final int MUTATIONS = 12;

        private SealedEvent seal(Random random, int mutation) {
            Instant now = central.clock.instant();
            boolean wellLinked = mutation != 0;
            long deviceSeq = wellLinked ? seq + 1 : pick(random, -1L, 0L, seq, seq + 2, seq + 1 + random.nextInt(1000),
                    Long.MAX_VALUE, (long) random.nextInt());
            String link = mutation == 1 ? pick(random, "", "0".repeat(64), "x", EventHash.of("x")) : previous;
            Instant recordedAt = mutation == 2 ? instant(random) : now.minusSeconds(random.nextInt(3_600));
            Hlc hlc = new Hlc(mutation == 3 ? instant(random).toEpochMilli() : now.toEpochMilli(),
                    mutation == 4 ? pick(random, -1, 99_999, 100_000, Integer.MAX_VALUE, random.nextInt()) : 0,
                    mutation == 5 ? pick(random, "", "BO-SCJG", hallWindow.store.device().deviceId(), "n") : deviceId);
            EventPayload payload = mutation == 6 ? wildPayload(random) : payload(random);
            UUID caseId = payload instanceof EventPayload.Opening || cases.isEmpty() || mutation == 7
                    ? UUID.randomUUID() : cases.get(random.nextInt(cases.size()));
            if (mutation == 8) {
                // A case of the hall's window or of another hall, as any device may learn its id once it is at the centre
                // (a case not yet sent has an id nobody else can know).
                caseId = pick(random, sentCase(hallWindow).orElse(caseId), sentCase(otherWindow).orElse(caseId));
            }
            String actor = mutation == 9 ? pick(random, "chief-elsewhere", "clerk-elsewhere", "gone-fuzz", "stranger", "",
                    "BO-SCJG", "x".repeat(70), "SCJG") : actorFor(payload);
            SealedEvent sealed = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), caseId, deviceId, deviceSeq, hlc,
                    actor, recordedAt, payload, link, ""));
            if (payload instanceof EventPayload.Opening) {
                cases.add(caseId);
            }
            if (wellLinked && mutation != 1) {
                seq = deviceSeq;
                previous = sealed.hash();
            }
            return sealed;
        }

        private static java.util.Optional<UUID> sentCase(SyncWindow window) {
            return window.store.cases().find(org.onewindow.store.CaseFilter.ALL, 0, 20).rows().stream()
                    .filter(row -> row.syncState() == org.onewindow.store.SyncState.SYNCED).map(CaseRow::caseId).findFirst();
        }

        private static String actorFor(EventPayload payload) {
            return switch (payload.type().requiredRole()) {
                case SUPERVISOR -> "chief-fuzz";
                case BACK_OFFICE -> "SCJG";
                case SYSTEM -> "system";
                default -> "clerk-fuzz";
            };
        }

        /** What a window of the hall records, with sound values. */
        private EventPayload payload(Random random) {
            String clerk = "clerk-fuzz";
            LocalDate today = central.clock.today();
            Intake intake = new Intake("2026.1", List.of(pick(random, "SCJG-003", "SCJG-001")), "", List.of(),
                    new Applicant(ApplicantType.PERSON, "申请人" + random.nextInt(100), IdKind.RESIDENT_ID, "11010519491231002X",
                            "13800138000", "", ""), null, List.of(MaterialCheck.of("M-ID", "身份证", MaterialStatus.PRESENTED_ORIGINAL)));
            return switch (random.nextInt(11)) {
                case 9, 10 -> soundStep(random, intake.applicant().name());
                case 0, 1 -> new EventPayload.ApplicationAccepted(new CaseNumber(deviceCode, today, ++serial).text(), intake,
                        DecisionKind.ACCEPT, today.plusDays(9), today.plusDays(28), null, clerk, new BigDecimal("12.50"), 7, 20,
                        false, false);
                case 2 -> new EventPayload.DeficiencyNotified(new CaseNumber(deviceCode, today, ++serial).text(), intake,
                        List.of(new Deficiency("M-ID", "身份证", "缺少", "补交原件")), clerk);
                case 3 -> new EventPayload.MaterialsSupplemented(List.of(MaterialCheck.of("M-ID", "身份证",
                        MaterialStatus.PRESENTED_ORIGINAL)), "补正");
                case 4 -> new EventPayload.CertificateIssued("SP" + random.nextInt(9999), "食品经营许可证");
                case 5 -> new EventPayload.Delivered("窗口领取", "");
                case 6 -> new EventPayload.Evaluated(1 + random.nextInt(5), "满意");
                case 7 -> new EventPayload.Voided("录入错误", "chief-fuzz");
                default -> new EventPayload.DocumentPrinted("受理通知书", "政服受〔2026〕" + deviceCode + "-" + random.nextInt(99) + "号",
                        random.nextBoolean(), EventHash.of("pdf" + random.nextInt()));
            };
        }

        /** A step after acceptance as a window records it (decision record 0033); the fee is the openings' 12.50. */
        private static EventPayload soundStep(Random random, String applicant) {
            String address = "浙江省杭州市西湖区文三路 " + random.nextInt(500) + " 号";
            String waybill = "EMS" + (100_000_000L + random.nextInt(900_000_000));
            return switch (random.nextInt(9)) {
                case 0 -> new AfterAcceptance.CaseRouted("SCJG", "市场监管局");
                case 1 -> new AfterAcceptance.CertificatePrintVoided("SP" + random.nextInt(9999), EventHash.of("pdf"), "卡纸");
                case 2 -> random.nextBoolean()
                        ? new AfterAcceptance.ResultCollected(AfterAcceptance.CollectorCapacity.APPLICANT, applicant,
                        IdKind.RESIDENT_ID, "11010519491231002X", "")
                        : new AfterAcceptance.ResultCollected(AfterAcceptance.CollectorCapacity.AGENT, "李四",
                        IdKind.RESIDENT_ID, "110105194912310029", "委托书，代领证照");
                case 3 -> new AfterAcceptance.PostalIntakeRecorded("EMS", waybill, central.clock.today(), applicant);
                case 4 -> new AfterAcceptance.MailDeliveryChosen(applicant, "13800138000", address);
                case 5 -> new AfterAcceptance.MailSent(AfterAcceptance.MailPurpose.RESULT, "EMS", waybill, applicant,
                        "13800138000", address, true, BigDecimal.ZERO);
                case 6 -> new AfterAcceptance.MailTracked(waybill, AfterAcceptance.MailState.DELIVERED, "");
                case 7 -> new AfterAcceptance.FeePaid(new BigDecimal("12.50"), "330100" + random.nextInt(999_999), applicant);
                default -> new AfterAcceptance.FeeWaived("浙价费〔2020〕1号");
            };
        }

        /** A step after acceptance with its fields drawn wide. */
        private static EventPayload wildStep(Random random) {
            return switch (random.nextInt(9)) {
                case 0 -> new AfterAcceptance.CaseRouted(text(random), text(random));
                case 1 -> new AfterAcceptance.CertificatePrintVoided(text(random), pick(random, "", EventHash.of("pdf"), "zz"),
                        text(random));
                case 2 -> new AfterAcceptance.ResultCollected(pick(random, AfterAcceptance.CollectorCapacity.values()),
                        text(random), pick(random, IdKind.values()), pick(random, "11010519491231002X", "110105194912310029",
                        "", "x".repeat(2500)), pick(random, "", text(random)));
                case 3 -> new AfterAcceptance.PostalIntakeRecorded(text(random), pick(random, "", "ABC", "EMS123456789",
                        "x".repeat(40)), random.nextBoolean() ? null : date(random), text(random));
                case 4 -> new AfterAcceptance.MailDeliveryChosen(text(random), pick(random, "", "12345", "13800138000",
                        "0571-87654321", text(random)), text(random));
                case 5 -> new AfterAcceptance.MailSent(pick(random, AfterAcceptance.MailPurpose.values()), text(random),
                        pick(random, "", "ABC", "EMS123456789"), text(random), pick(random, "12345", "13800138000"),
                        text(random), random.nextBoolean(), amount(random));
                case 6 -> new AfterAcceptance.MailTracked(pick(random, "", "EMS123456789"),
                        pick(random, AfterAcceptance.MailState.values()), text(random));
                case 7 -> new AfterAcceptance.FeePaid(amount(random), pick(random, "", "123", "3301002026000123",
                        text(random)), text(random));
                default -> new AfterAcceptance.FeeWaived(text(random));
            };
        }

        /** Any type, with fields drawn wide. */
        private EventPayload wildPayload(Random random) {
            String clerk = "clerk-fuzz";
            return switch (random.nextInt(17)) {
                case 15, 16 -> wildStep(random);
                case 14 -> new EventPayload.DeadlinesRecalculated(date(random), date(random), random.nextBoolean(),
                        random.nextBoolean(), pick(random, 2027, 0, -1, Integer.MAX_VALUE), text(random));
                case 0, 1, 2 -> new EventPayload.ApplicationAccepted(number(random), intake(random), pick(random,
                        DecisionKind.ACCEPT, DecisionKind.ACCEPT_WITH_TOLERANCE, DecisionKind.ACCEPT_ON_COMMITMENT), date(random),
                        date(random), random.nextBoolean() ? null : date(random), clerk, amount(random),
                        pick(random, null, 7, -1, Integer.MAX_VALUE), pick(random, null, 20, 0), random.nextBoolean(),
                        random.nextBoolean());
                case 3 -> new EventPayload.DeficiencyNotified(number(random), intake(random),
                        List.of(new Deficiency("M-1", text(random), text(random), text(random))), clerk);
                case 4 -> new EventPayload.ApplicationRefused(number(random), intake(random), text(random), clerk, "chief-fuzz");
                case 5 -> new EventPayload.MaterialsSupplemented(materials(random), text(random));
                case 6 -> new EventPayload.ReviewStarted(text(random), text(random));
                case 7 -> new EventPayload.Decided(random.nextBoolean(), text(random));
                case 8 -> random.nextBoolean() ? new EventPayload.ClockPaused(text(random)) : new EventPayload.ClockResumed(text(random));
                case 9 -> new EventPayload.CertificateIssued(text(random), text(random));
                case 10 -> random.nextBoolean() ? new EventPayload.Concluded(text(random)) : new EventPayload.Delivered(text(random), text(random));
                case 11 -> new EventPayload.Evaluated(1 + random.nextInt(5), text(random));
                case 12 -> new EventPayload.Voided(text(random), pick(random, "chief-fuzz", "", "chief-elsewhere"));
                default -> new EventPayload.DocumentPrinted(text(random), text(random), random.nextBoolean(),
                        pick(random, "", EventHash.of("pdf"), "zz"));
            };
        }

        private String number(Random random) {
            LocalDate today = central.clock.today();
            return switch (random.nextInt(8)) {
                case 0 -> new CaseNumber(pick(random, "AAAA", "ZZZZ", hallWindow.store.device().deviceCode()), today,
                        1 + random.nextInt(50)).text();
                case 1 -> pick(random, "", "N-1", "x".repeat(3000), "K7Q3-261123-0042-7", "k7q3-261123-0042-7");
                case 2 -> new CaseNumber(deviceCode, today.minusYears(random.nextInt(30)), 1 + random.nextInt(99_998)).text();
                default -> new CaseNumber(deviceCode, today, ++serial).text();
            };
        }

        private Intake intake(Random random) {
            Applicant applicant = new Applicant(pick(random, ApplicantType.PERSON, ApplicantType.PERSON, ApplicantType.COMPANY),
                    text(random), pick(random, IdKind.values()), pick(random, "11010519491231002X", "110105194912310029",
                    "91440300192203821X", "914403001922038216", "E12345678", "", "x".repeat(2500), "H1234567890"),
                    text(random), text(random), text(random));
            Agent agent = random.nextInt(4) == 0 ? new Agent(text(random), pick(random, IdKind.values()),
                    pick(random, "11010519491231002X", "bad"), text(random)) : null;
            List<String> items = new ArrayList<>();
            for (int i = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3); i > 0; i--) {
                items.add(pick(random, "SCJG-003", "SCJG-001", "GAHZ-001", "NOPE", "", "x".repeat(40)));
            }
            return new Intake(pick(random, "2026.1", "", "v".repeat(100)), items, pick(random, "", "YJS-KCG", "?"), List.of(),
                    applicant, agent, materials(random));
        }

        private List<MaterialCheck> materials(Random random) {
            List<MaterialCheck> materials = new ArrayList<>();
            int n = random.nextInt(20) == 0 ? 301 + random.nextInt(50) : random.nextInt(4);
            for (int i = 0; i < n; i++) {
                materials.add(new MaterialCheck("M-" + i, text(random), pick(random, MaterialStatus.values()),
                        random.nextBoolean() ? null : date(random), text(random), text(random)));
            }
            return materials;
        }
    }

    private static Instant instant(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Instant.parse("+1000000000-12-31T23:59:59Z");
            case 1 -> Instant.parse("-1000000000-01-01T00:00:00Z");
            case 2 -> Instant.parse("2100-01-01T00:00:00Z");
            case 3 -> Instant.parse("1999-12-31T23:59:59Z");
            case 4 -> central.clock.instant().plus(Duration.ofMinutes(random.nextInt(3000)));
            default -> Instant.ofEpochSecond(random.nextLong() % 31_556_889_864_403_199L);
        };
    }

    private static LocalDate date(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> LocalDate.MIN;
            case 1 -> LocalDate.MAX;
            case 2 -> LocalDate.of(1 + random.nextInt(9_000), 1, 1);
            default -> central.clock.today().plusDays(random.nextInt(60));
        };
    }

    private static BigDecimal amount(Random random) {
        return pick(random, BigDecimal.ZERO, new BigDecimal("12.50"), new BigDecimal("-1"), new BigDecimal("1E+30"),
                new BigDecimal("0.001"), new BigDecimal("99999999999999999999.99"));
    }

    private static String text(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "x".repeat(2_001 + random.nextInt(100));
            case 2 -> "王\u0000五\t\n\u001f\u007f";
            case 3 -> "😀𠀀".repeat(1 + random.nextInt(5));
            case 4 -> "\"}]},{\"\\";
            default -> "正常文本" + random.nextInt(1000);
        };
    }

    /** The body edited as text and hashed again, as a writer that does not use the codec would. */
    private static EventEnvelope editedAsText(Random random, SealedEvent sealed) {
        String body = sealed.body();
        String edited = switch (random.nextInt(9)) {
            case 0 -> body.replaceFirst("\"deviceSeq\":(-?\\d+)", "\"deviceSeq\":\"$1\"");
            case 1 -> body.replaceFirst("\"schema\":1", "\"schema\":" + pick(random, "0", "-1", "2", "99999999999", "1.5", "\"1\""));
            case 2 -> body.replaceFirst("\"type\":\"[A-Z_]+\"", "\"type\":\"" + pick(random, "NEW_THING", "", "voided", "1") + "\"");
            case 3 -> body.replaceFirst("\"payload\":", "\"payloadX\":");
            case 4 -> body.substring(0, random.nextInt(body.length()));
            case 5 -> body.replaceFirst("\\{", "{\"actor\":\"dup\",");
            case 6 -> body.replaceFirst("\"recordedAt\":\"[^\"]+\"", "\"recordedAt\":\"" + pick(random, "yesterday",
                    "2026-13-01T00:00:00Z", "+999999999-12-31T23:59:59.999999999Z", "") + "\"");
            case 7 -> body.replaceFirst("\"hlc\":\\{[^}]*\\}", "\"hlc\":" + pick(random, "null", "[]", "{\"wallMillis\":1e3}",
                    "{\"counter\":0,\"node\":\"n\",\"wallMillis\":99999999999999999999}"));
            default -> body + pick(random, " ", "{}", "\n", "x");
        };
        try {
            return new EventEnvelope(edited, EventHash.of(edited), "");
        } catch (IllegalArgumentException loneSurrogate) {
            return EventEnvelope.of(sealed);
        }
    }

    private static String randomJson(Random random, List<String> fields) {
        StringBuilder json = new StringBuilder(random.nextInt(10) == 0 ? "[" : "{");
        int n = random.nextInt(fields.size() + 2);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(pick(random, fields.toArray(String[]::new))).append("\":")
                    .append(pick(random, "\"" + UUID.randomUUID() + "\"", "null", "1", "true", "[]", "{}", "\"\"",
                            "\"" + "A".repeat(5_000) + "\"", "\"AAAA-BBBB-CCCC\"", "\"ed25519:" + "A".repeat(43) + "\"",
                            "\"11010519491231002X\"", "-1e999", "\"\\ud800\"", "\"BO-SCJG\""));
        }
        String text = json.append(random.nextInt(10) == 0 ? "" : "}").toString();
        return pick(random, text, text, text, text, "null", "", "{", "[1,2]", "\"x\"", text + "{}");
    }

    private static String caseNumber(Random random) {
        List<String> known = new ArrayList<>();
        hallWindow.store.cases().find(org.onewindow.store.CaseFilter.ALL, 0, 20).rows().forEach(row -> known.add(row.caseNumber()));
        return random.nextInt(3) > 0 && !known.isEmpty() ? known.get(random.nextInt(known.size()))
                : pick(random, "NOPE", "..", "%2e%2e", "x".repeat(300), "AAAA-261123-0001-0");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
