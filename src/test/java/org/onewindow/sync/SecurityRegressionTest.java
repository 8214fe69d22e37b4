package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.Workstation;
import org.onewindow.central.CaseEvents;
import org.onewindow.central.CentralFixture;
import org.onewindow.central.CentralOptions;
import org.onewindow.central.CentralServer;
import org.onewindow.central.cli.CentralLauncher;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.Json;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.PasswordHash;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;
import picocli.CommandLine;

/**
 * The adversarial findings of issue 9, one test each, against a real central store (embedded PostgreSQL, the real
 * HTTP service on loopback) and real windows (SQLite client stores). Each test plays the attack as it was found
 * with one legitimately enrolled window of the attacker's own; each failed on the code before the fix (the report
 * of the branch says how) and holds the fix in place.
 */
class SecurityRegressionTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private static final String ID_NUMBER = "11010519491231002X";

    /** A device the attacker enrolled legitimately in its own hall, pushing bodies it writes itself. */
    private static final class Forger {
        final String deviceId;
        final String deviceCode;
        final String token;
        final String hall;
        long seq;
        String previous = "";
        int serial;

        Forger(String hall) {
            this.hall = hall;
            String code = central.devices.issueEnrollmentCode(hall, "330100", Duration.ofHours(1));
            HttpResponse<String> enrolled = central.post("/api/enroll", null, "{\"code\":\"" + code
                    + "\",\"deviceId\":\"" + UUID.randomUUID() + "\",\"deviceCode\":\"AAAA\"}");
            assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
            JsonNode answer = Json.read(enrolled.body(), JsonNode.class);
            this.deviceId = answer.get("deviceId").textValue();
            this.deviceCode = answer.get("deviceCode").textValue();
            this.token = answer.get("token").textValue();
        }

        SealedEvent next(UUID caseId, String actor, EventPayload payload) {
            Instant now = central.clock.instant();
            return seal(caseId, actor, payload, now, new Hlc(now.toEpochMilli(), 0, deviceId), seq + 1, previous);
        }

        /** An event with every field as the attacker wants it; it becomes the chain's head. */
        SealedEvent seal(UUID caseId, String actor, EventPayload payload, Instant recordedAt, Hlc hlc, long deviceSeq,
                         String previousHash) {
            SealedEvent sealed = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), caseId, deviceId, deviceSeq, hlc,
                    actor, recordedAt, payload, previousHash, ""));
            seq = Math.max(seq, deviceSeq);
            previous = sealed.hash();
            return sealed;
        }

        String nextNumber() {
            return new CaseNumber(deviceCode, central.clock.today(), ++serial).text();
        }

        List<EventOutcome> push(SealedEvent... events) {
            HttpResponse<String> response = pushRaw(Json.write(new PushRequest(deviceId,
                    Stream.of(events).map(EventEnvelope::of).toList())));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Json.read(response.body(), PushResult.class).outcomes();
        }

        HttpResponse<String> pushRaw(String body) {
            return central.post("/api/sync/push", token, body);
        }
    }

    private static String newHall() {
        return "H" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String user(String hall, Role role) {
        String id = role.name().toLowerCase() + "-" + hall;
        central.users.put(new UserAccount(id, id, role, hall, PasswordHash.hash(SyncWindow.PASSWORD.toCharArray()), false));
        return id;
    }

    private static EventPayload.ApplicationAccepted opening(String number, String clerk) {
        return new EventPayload.ApplicationAccepted(number, CaseEvents.intake(MaterialStatus.PRESENTED_ORIGINAL),
                DecisionKind.ACCEPT, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 21), null, clerk, BigDecimal.ZERO, 7, 20,
                false, false);
    }

    private static long stored(UUID eventId) {
        return central.count("SELECT count(*) FROM case_event WHERE event_id = ?", eventId);
    }

    private static void insertAsAnOlderCentreWould(SealedEvent sealed, String hall) {
        CaseEvent event = sealed.event();
        try (Connection c = central.database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO case_event (event_id, case_id, device_id, device_seq, event_type, actor, hlc, hall, body, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, event.eventId());
            insert.setObject(2, event.caseId());
            insert.setString(3, event.deviceId());
            insert.setLong(4, event.deviceSeq());
            insert.setString(5, event.type().name());
            insert.setString(6, event.actor());
            insert.setString(7, event.hlc().encode());
            insert.setString(8, hall);
            insert.setString(9, sealed.body());
            insert.setString(10, sealed.hash());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Finding 1. A body whose recordedAt is the last instant Java can hold, and another whose HLC lies in 2100: the
     * centre stored both, every window of the hall then failed every pull in the fold, and the next window to pull the
     * second stamped its own events in 2100.
     */
    @Test
    void finding1_aPoisonedEventIsRefusedAndCannotStopAHallsPulls(@TempDir(factory = SyncWindow.InMemory.class) Path dir)
            throws Exception {
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            window.sync.syncNow();
            CaseState accepted = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("张三"), DecisionKind.ACCEPT);
            window.sync.syncNow();
            Forger attacker = new Forger(hall);
            String clerk = user(hall, Role.CLERK);
            Instant now = central.clock.instant();
            SealedEvent endOfTime = attacker.seal(accepted.caseId(), clerk, new EventPayload.Evaluated(5, ""),
                    Instant.parse("+1000000000-12-31T23:59:59Z"), new Hlc(now.toEpochMilli(), 0, attacker.deviceId), 1, "");
            SealedEvent year2100 = attacker.seal(accepted.caseId(), clerk, new EventPayload.Evaluated(4, ""), now,
                    new Hlc(Instant.parse("2100-01-01T00:00:00Z").toEpochMilli(), 0, attacker.deviceId), 2, endOfTime.hash());

            List<EventOutcome> outcomes = attacker.push(endOfTime, year2100);

            assertThat(outcomes).extracting(EventOutcome::outcome).containsExactly(Outcome.REJECTED, Outcome.REJECTED);
            assertThat(outcomes.get(0).reason()).contains("记录时间");
            assertThat(outcomes.get(1).reason()).contains("时间戳");
            assertThat(stored(endOfTime.event().eventId()) + stored(year2100.event().eventId())).isZero();

            // Stored by a centre before this one: the window sets them aside, says so, and goes on pulling.
            Forger older = new Forger(hall);
            SealedEvent poison = older.seal(accepted.caseId(), clerk, new EventPayload.Evaluated(5, ""),
                    Instant.parse("+1000000000-12-31T23:59:59Z"), new Hlc(now.toEpochMilli(), 0, older.deviceId), 1, "");
            SealedEvent future = older.seal(accepted.caseId(), clerk, new EventPayload.Evaluated(4, ""), now,
                    new Hlc(Instant.parse("2100-01-01T00:00:00Z").toEpochMilli(), 0, older.deviceId), 2, poison.hash());
            insertAsAnOlderCentreWould(poison, hall);
            insertAsAnOlderCentreWould(future, hall);
            SealedEvent fine = older.next(accepted.caseId(), clerk, new EventPayload.Delivered("窗口领取", ""));
            insertAsAnOlderCentreWould(fine, hall);

            SyncRound round = window.sync.syncNow();
            CaseState after = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("李四"), DecisionKind.ACCEPT);

            assertThat(round.notTaken()).hasSize(2).anyMatch(reason -> reason.contains(poison.event().eventId().toString()))
                    .anyMatch(reason -> reason.contains(future.event().eventId().toString()));
            assertThat(round.received()).isEqualTo(1);
            assertThat(window.store.outbox().setAside()).as("kept aside, shown, tried again at the next start").isEqualTo(2);
            assertThat(window.store.events().eventsOf(accepted.caseId())).extracting(CaseEvent::eventId)
                    .contains(fine.event().eventId()).doesNotContain(poison.event().eventId(), future.event().eventId());
            assertThat(after.lastHlc().wallMillis()).isLessThan(Instant.parse("2030-01-01T00:00:00Z").toEpochMilli());
            assertThat(window.sync.syncNow().notTaken()).isEmpty();
        }
    }

    /**
     * Finding 2. A window of another hall voided a case in the name of the case's hall's supervisor; the centre checked
     * only the actor's role. A disabled user's event got in by a recordedAt from before the disable.
     */
    @Test
    void finding2_aWindowWritesOnlyItsOwnHallsCasesAndOnlyInItsOwnHallsUsersNames(
            @TempDir(factory = SyncWindow.InMemory.class) Path dir) throws Exception {
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            String supervisor = user(hall, Role.SUPERVISOR);
            window.sync.syncNow();
            CaseState accepted = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("张三"), DecisionKind.ACCEPT);
            window.sync.syncNow();
            String otherHall = newHall();
            Forger attacker = new Forger(otherHall);
            String ownSupervisor = user(otherHall, Role.SUPERVISOR);

            List<EventOutcome> voids = attacker.push(
                    attacker.next(accepted.caseId(), supervisor, new EventPayload.Voided("录入错误", supervisor)),
                    attacker.next(accepted.caseId(), ownSupervisor, new EventPayload.Voided("录入错误", ownSupervisor)));

            assertThat(voids).extracting(EventOutcome::outcome).containsExactly(Outcome.REJECTED, Outcome.REJECTED);
            assertThat(voids.get(0).reason()).contains(supervisor);
            assertThat(voids.get(1).reason()).contains("大厅");
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", accepted.caseId())).isEqualTo(1);
            assertThat(central.count("SELECT count(*) FROM case_touch WHERE case_id = ?", accepted.caseId())).isZero();

            String leaver = user(otherHall, Role.CLERK);
            Instant beforeTheDisable = central.clock.instant();
            central.users.disable(leaver);
            central.clock.advance(Duration.ofMinutes(1));
            SealedEvent backdated = attacker.seal(UUID.randomUUID(), leaver, opening(attacker.nextNumber(), leaver),
                    beforeTheDisable, new Hlc(beforeTheDisable.toEpochMilli(), 0, attacker.deviceId), attacker.seq + 1,
                    attacker.previous);

            List<EventOutcome> late = attacker.push(backdated);

            assertThat(late).extracting(EventOutcome::outcome).containsExactly(Outcome.REJECTED);
            assertThat(late.get(0).reason()).contains(leaver).contains("停用");
            window.sync.syncNow();
            assertThat(window.store.desk().state(accepted.caseId()).status().name()).isEqualTo("ACCEPTED");
        }
    }

    /**
     * Finding 3. Any window of the region listed the region's cases by guessing numbers (the check character is
     * public): name, ID number and phone, no limit, no log, and 403 against 404 told which numbers exist.
     */
    @Test
    void finding3_aCaseIsFetchedByNumberOnlyWithTheApplicantsIdNumberAtALimitedRateAndEachFetchIsLogged(
            @TempDir(factory = SyncWindow.InMemory.class) Path dir) throws Exception {
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            window.sync.syncNow();
            CaseState accepted = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("张三"), DecisionKind.ACCEPT);
            window.sync.syncNow();
            Forger guesser = new Forger(newHall());
            String unused = new CaseNumber(window.store.device().deviceCode(), central.clock.today(), 9_998).text();

            HttpResponse<String> byNumberAlone = central.get("/api/sync/cases/" + accepted.caseNumber(), guesser.token);
            HttpResponse<String> wrongPerson = lookup(guesser, accepted.caseNumber(), "110101199003077777");
            HttpResponse<String> noSuchCase = lookup(guesser, unused, ID_NUMBER);
            HttpResponse<String> rightPerson = lookup(guesser, accepted.caseNumber(), ID_NUMBER);

            assertThat(byNumberAlone.statusCode()).as(byNumberAlone.body()).isNotEqualTo(200);
            assertThat(byNumberAlone.body()).doesNotContain(ID_NUMBER).doesNotContain("张三");
            assertThat(wrongPerson.statusCode()).isEqualTo(404);
            assertThat(noSuchCase.statusCode()).isEqualTo(404);
            assertThat(Json.read(wrongPerson.body(), JsonNode.class).get("message"))
                    .isEqualTo(Json.read(noSuchCase.body(), JsonNode.class).get("message"));
            assertThat(rightPerson.statusCode()).as(rightPerson.body()).isEqualTo(200);
            assertThat(rightPerson.body()).contains(accepted.caseId().toString());
            assertThat(central.count("SELECT count(*) FROM audit_log WHERE actor = ? AND action = 'CASE_FETCHED'",
                    guesser.deviceId)).isEqualTo(1);

            int refused = 0;
            for (int guess = 1; guess <= 30 && refused == 0; guess++) {
                String number = new CaseNumber(window.store.device().deviceCode(), central.clock.today(), 500 + guess).text();
                refused += lookup(guesser, number, ID_NUMBER).statusCode() == 429 ? 1 : 0;
            }
            assertThat(refused).as("a guessing device is slowed down").isEqualTo(1);
            assertThat(lookup(guesser, accepted.caseNumber(), ID_NUMBER).statusCode()).isEqualTo(429);
        }
    }

    private static HttpResponse<String> lookup(Forger device, String caseNumber, String idNumber) {
        return central.post("/api/sync/case-lookup", device.token,
                "{\"caseNumber\":\"" + caseNumber + "\",\"applicantIdNumber\":\"" + idNumber + "\"}");
    }

    /**
     * Finding 4. A number already taken (by another device, or by a window restored from a copy) failed the insert on
     * the unique key: 503, and the window retried without end, so nothing behind it was sent and pulls stopped too.
     */
    @Test
    void finding4_aCaseNumberClashIsOneEventsRejectionAndTheWindowsQueueGoesOn(
            @TempDir(factory = SyncWindow.InMemory.class) Path dir) throws Exception {
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            window.sync.syncNow();
            Forger attacker = new Forger(hall);
            String windowsNextNumber = new CaseNumber(window.store.device().deviceCode(), central.clock.today(), 1).text();

            List<EventOutcome> squatted = attacker.push(attacker.next(UUID.randomUUID(), "clerk-" + hall,
                    opening(windowsNextNumber, "clerk-" + hall)));

            assertThat(squatted).extracting(EventOutcome::outcome).containsExactly(Outcome.REJECTED);
            assertThat(squatted.get(0).reason()).contains("设备码");

            // A number taken before the centre checked whose it is: this window's second one.
            String taken = new CaseNumber(window.store.device().deviceCode(), central.clock.today(), 2).text();
            try (Connection c = central.database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO case_registry (case_id, case_number, hall, region) VALUES (?, ?, ?, '330100')")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, taken);
                insert.setString(3, hall);
                insert.executeUpdate();
            }
            CaseState first = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("张三"), DecisionKind.ACCEPT);
            CaseState clashing = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("李四"), DecisionKind.ACCEPT);
            CaseState third = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("王五"), DecisionKind.ACCEPT);

            SyncRound round = window.sync.syncNow();

            assertThat(clashing.caseNumber()).isEqualTo(taken);
            assertThat(round.stored()).isEqualTo(2);
            assertThat(round.rejected()).singleElement().asString().contains(taken).contains("受理编号");
            assertThat(central.count("SELECT count(*) FROM case_registry WHERE case_id IN (?, ?)", first.caseId(),
                    third.caseId())).isEqualTo(2);
            assertThat(window.sync.status().failed()).singleElement().satisfies(failed -> {
                assertThat(failed.caseId()).isEqualTo(clashing.caseId());
                assertThat(failed.rejected()).isTrue();
            });

            // A supervisor renumbers the case under the window's next number; the centre takes it.
            String supervisor = user(hall, Role.SUPERVISOR);
            window.sync.syncNow();
            CaseState renumbered = window.store.desk().renumber(
                    window.store.users().confirmSupervisor(supervisor, SyncWindow.PASSWORD.toCharArray()), clashing.caseId());
            SyncRound after = window.sync.syncNow();

            assertThat(renumbered.caseNumber()).isNotEqualTo(taken).startsWith(window.store.device().deviceCode());
            assertThat(renumbered.intake()).isEqualTo(clashing.intake());
            assertThat(after.stored()).isEqualTo(1);
            assertThat(central.queryText("SELECT case_number FROM case_registry WHERE case_id = '" + clashing.caseId() + "'"))
                    .isEqualTo(renumbered.caseNumber());
            assertThatThrownBy(() -> window.store.desk().renumber(window.store.users().confirmSupervisor(supervisor,
                    SyncWindow.PASSWORD.toCharArray()), first.caseId())).hasMessageContaining("拒收");
        }
    }

    /**
     * Finding 5. Enrolling with any valid code and another device's id re-bound that device: its token stopped
     * working and the attacker inherited its sequence; with {@code BO-SCJG} it took the back office's identity.
     */
    @Test
    void finding5_enrollingWithAnotherDevicesIdTakesNothingOver(@TempDir(factory = SyncWindow.InMemory.class) Path dir)
            throws Exception {
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            String victim = window.store.device().deviceId();
            String ownCode = central.devices.issueEnrollmentCode(newHall(), "330100", Duration.ofHours(1));
            String otherCode = central.devices.issueEnrollmentCode(newHall(), "330100", Duration.ofHours(1));

            HttpResponse<String> takeover = central.post("/api/enroll", null,
                    "{\"code\":\"" + ownCode + "\",\"deviceId\":\"" + victim + "\",\"deviceCode\":\"AAAA\"}");
            HttpResponse<String> backOffice = central.post("/api/enroll", null,
                    "{\"code\":\"" + otherCode + "\",\"deviceId\":\"BO-SCJG\",\"deviceCode\":\"AAAA\"}");

            assertThat(takeover.statusCode()).as(takeover.body()).isEqualTo(409);
            assertThat(takeover.body()).doesNotContain("token");
            assertThat(backOffice.statusCode()).as(backOffice.body()).isIn(400, 409);
            assertThat(central.count("SELECT count(*) FROM device WHERE device_id = 'BO-SCJG'")).isZero();
            assertThat(central.count("SELECT count(*) FROM device WHERE device_id = ? AND hall = ?", victim, hall)).isEqualTo(1);
            window.sync.syncNow();
            window.capture(1);
            assertThat(window.sync.syncNow().stored()).isEqualTo(1);

            // Reinstalled, it comes back with a code an administrator issued for it alone; its old token is dead.
            String oldToken = window.store.device().deviceToken();
            String deviceCode = window.store.device().deviceCode();
            HttpResponse<String> otherDevicesCode = central.post("/api/enroll", null, "{\"code\":\""
                    + central.devices.issueReenrollmentCode(victim, Duration.ofHours(1), "administrator")
                    + "\",\"deviceId\":\"" + UUID.randomUUID() + "\",\"deviceCode\":\"AAAA\"}");
            SyncService.enroll(window.store, URI.create(central.url()),
                    central.devices.issueReenrollmentCode(deviceCode, Duration.ofHours(1), "administrator"));

            assertThat(otherDevicesCode.statusCode()).isEqualTo(403);
            assertThat(window.store.device().deviceId()).isEqualTo(victim);
            assertThat(window.store.device().deviceCode()).isEqualTo(deviceCode);
            assertThat(central.get("/api/sync/pull", oldToken).statusCode()).isEqualTo(401);
            window.capture(1);
            assertThat(window.sync.syncNow().stored()).isEqualTo(1);
        }
    }

    /**
     * Finding 6. Sequence gaps, reordering, reused and negative sequence numbers and a garbage previousHash were all
     * stored: the centre checked no chain, and a token alone could write a device's history.
     */
    @Test
    void finding6_theCentreHoldsEachDevicesChainAndItsSignatures(@TempDir(factory = SyncWindow.InMemory.class) Path dir,
            @TempDir(factory = SyncWindow.InMemory.class) Path copyDir) throws Exception {
        String hall = newHall();
        String clerk = user(hall, Role.CLERK);
        Forger device = new Forger(hall);
        SealedEvent first = device.next(UUID.randomUUID(), clerk, opening(device.nextNumber(), clerk));
        assertThat(device.push(first)).extracting(EventOutcome::outcome).containsExactly(Outcome.STORED);
        Instant now = central.clock.instant();
        Hlc hlc = new Hlc(now.toEpochMilli(), 0, device.deviceId);
        UUID caseId = first.event().caseId();
        SealedEvent gap = device.seal(caseId, clerk, new EventPayload.Evaluated(5, ""), now, hlc, 3, first.hash());
        SealedEvent reused = device.seal(caseId, clerk, new EventPayload.Evaluated(4, ""), now, hlc, 1, "");
        SealedEvent negative = device.seal(caseId, clerk, new EventPayload.Evaluated(3, ""), now, hlc, -7, first.hash());
        SealedEvent garbageLink = device.seal(caseId, clerk, new EventPayload.Evaluated(2, ""), now, hlc, 2, "0".repeat(64));

        List<EventOutcome> outcomes = device.push(gap, reused, negative, garbageLink);

        assertThat(outcomes).extracting(EventOutcome::outcome).doesNotContain(Outcome.STORED, Outcome.DUPLICATE);
        assertThat(outcomes.get(0).reason()).contains("第 2 号");
        assertThat(outcomes.get(1).reason()).contains("序号");
        assertThat(outcomes.get(2).reason()).contains("序号");
        assertThat(outcomes.get(3).reason()).contains("哈希链");
        assertThat(central.count("SELECT count(*) FROM case_event WHERE device_id = ?", device.deviceId)).isEqualTo(1);

        // A window signs every event with the key it registered; its token alone, stolen, cannot write in its name.
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk2-" + hall)) {
            window.sync.syncNow();
            window.capture(1);
            window.sync.syncNow();
            String token = Files.readString(dir.resolve("keys").resolve("device-token")).strip();
            String windowId = window.store.device().deviceId();
            assertThat(central.queryText("SELECT signature FROM case_event WHERE device_id = '" + windowId + "'"))
                    .startsWith("ed25519:");
            List<CaseEvent> own = window.store.events().eventsOf(window.store.cases().find(
                    org.onewindow.store.CaseFilter.ALL, 0, 10).rows().get(0).caseId());
            CaseEvent last = own.get(own.size() - 1);
            SealedEvent forged = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), last.caseId(), windowId,
                    last.deviceSeq() + 1, new Hlc(now.toEpochMilli() + 5, 0, windowId), window.clerkId, now,
                    new EventPayload.Evaluated(1, "差"), last.hash(), ""));

            HttpResponse<String> response = central.post("/api/sync/push", token,
                    Json.write(new PushRequest(windowId, List.of(EventEnvelope.of(forged)))));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            EventOutcome outcome = Json.read(response.body(), PushResult.class).outcomes().get(0);
            assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(outcome.reason()).contains("签名");
            assertThat(stored(forged.event().eventId())).isZero();
            window.capture(1);
            assertThat(window.sync.syncNow().stored()).as("the forgery took no sequence number of the window").isEqualTo(1);

            // Stored by a centre that did not check (or altered there): the other windows of the hall verify it.
            try (SyncWindow other = SyncWindow.enrolled(central, copyDir, hall, "clerk3-" + hall)) {
                other.sync.syncNow();
                SealedEvent unsigned = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), last.caseId(), windowId,
                        last.deviceSeq() + 10, new Hlc(now.toEpochMilli() + 9, 0, windowId), window.clerkId, now,
                        new EventPayload.Evaluated(1, "差"), "", ""));
                SealedEvent badlySigned = new SealedEvent(unsigned.event(), unsigned.body(), unsigned.hash(),
                        "ed25519:" + window.store.signingKey().keyId() + ":" + "A".repeat(86));
                try (Connection c = central.database.dataSource().getConnection(); PreparedStatement insert =
                        c.prepareStatement("INSERT INTO case_event (event_id, case_id, device_id, device_seq, event_type, "
                                + "actor, hlc, hall, body, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    CaseEvent e = badlySigned.event();
                    Object[] values = {e.eventId(), e.caseId(), e.deviceId(), e.deviceSeq(), e.type().name(), e.actor(),
                            e.hlc().encode(), hall, badlySigned.body(), badlySigned.hash(), badlySigned.signature()};
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.executeUpdate();
                }

                SyncRound pulled = other.sync.syncNow();

                assertThat(pulled.notTaken()).singleElement().asString().contains(e(badlySigned)).contains("签名");
                assertThat(other.store.events().eventsOf(last.caseId())).extracting(CaseEvent::eventId)
                        .contains(last.eventId()).doesNotContain(badlySigned.event().eventId());
            }
        }
    }

    private static String e(SealedEvent sealed) {
        return sealed.event().eventId().toString();
    }

    /**
     * Finding 7. A chunked upload without Content-Length to /api/enroll was read whole before anything was checked:
     * 400 MB took the centre from 338 MB to 1.34 GB.
     */
    @Test
    void finding7_aChunkedBodyWithoutALengthIsCutOffEarly() throws Exception {
        // over a raw socket, reading while writing: a client that only reads once it has written everything (the JDK's)
        // gets a broken pipe instead of the answer when the centre answers early and closes, which is the point here
        for (String path : List.of("/api/enroll", "/api/sync/push")) {
            long sent;
            String statusLine;
            try (Socket socket = new Socket("127.0.0.1", URI.create(central.url()).getPort())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> statusLine(socket));
                byte[] chunk = (Integer.toHexString(65_536) + "\r\n" + " ".repeat(65_536) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                sent = 0;
                try {
                    while (!answer.isDone() && sent < 256L * 1024 * 1024) {
                        out.write(chunk);
                        sent += 65_536;
                    }
                } catch (IOException closedByTheServer) {
                    // the server answered and stopped reading: what this test wants
                }
                statusLine = answer.get(60, TimeUnit.SECONDS);
            }
            assertThat(sent).as(path + ": bytes sent before the centre answered").isLessThan(16L * 1024 * 1024);
            // enrolment reads the body before any credential: its refusal is the size; a push may first refuse the token
            assertThat(statusLine).as(path).containsAnyOf(path.equals("/api/enroll") ? new String[] {" 413 "}
                    : new String[] {" 413 ", " 401 "});
        }
    }

    private static String statusLine(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            return line.toString();
        } catch (IOException e) {
            return "no answer: " + e.getMessage();
        }
    }

    /**
     * Finding 8. The embedded PostgreSQL trusted every local connection as superuser ({@code COPY … TO PROGRAM} ran a
     * shell command), and {@code central admin} used whatever PostgreSQL answered on its port.
     */
    @Test
    void finding8_theEmbeddedPostgresNeedsAPasswordAndTheServiceIsNoSuperuser(@TempDir Path otherDataDir) throws Exception {
        String url = central.database.jdbcUrl().replaceFirst("\\?.*", "");

        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        try (Connection service = central.database.dataSource().getConnection(); Statement s = service.createStatement()) {
            assertThatThrownBy(() -> s.execute("COPY (SELECT 1) TO PROGRAM 'true'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be superuser");
            try (ResultSet row = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                row.next();
                assertThat(row.getBoolean(1)).isFalse();
            }
        }
        Path credentials = central.directory.resolve("central").resolve("postgres.credentials");
        assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        int port = URI.create(url.substring("jdbc:".length())).getPort();
        StringWriter output = new StringWriter();
        int exit = new CommandLine(new CentralLauncher(TestClock.at(TestClock.MONDAY_MORNING)))
                .setOut(new PrintWriter(output, true)).setErr(new PrintWriter(output, true))
                .execute("--data-dir", otherDataDir.toString(), "admin", "enroll-code", "--hall", "H1", "--region", "330100",
                        "--pg-port", Integer.toString(port));
        assertThat(exit).as(output.toString()).isNotZero();
        assertThat(output.toString()).contains(otherDataDir.toString());
    }

    /**
     * Finding 9. A moved user still signed in at the old hall's windows; the demo accounts, passwords in the README and
     * a supervisor's among them, existed on every install and stayed active after enrollment.
     */
    @Test
    void finding9_onlyTheHallsCurrentUsersSignInAndDemoAccountsNeedTheDemoFlag(
            @TempDir(factory = SyncWindow.InMemory.class) Path dir, @TempDir Path fresh) throws Exception {
        try (Workstation production = Workstation.open(DataDirectory.of(fresh), TestClock.at(TestClock.MONDAY_MORNING))) {
            assertThat(production.signIn().login("super01", "Super@2026".toCharArray()))
                    .isInstanceOf(LoginResult.Refused.class);
        }
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            String mover = user(hall, Role.CLERK);
            window.sync.syncNow();
            assertThat(window.store.users().login(mover, SyncWindow.PASSWORD.toCharArray()))
                    .isInstanceOf(LoginResult.SignedIn.class);

            central.users.put(new UserAccount(mover, mover, Role.CLERK, newHall(),
                    PasswordHash.hash(SyncWindow.PASSWORD.toCharArray()), false));
            window.sync.syncNow();

            assertThat(window.store.users().login(mover, SyncWindow.PASSWORD.toCharArray()))
                    .isInstanceOf(LoginResult.Refused.class);

            // A password an administrator set is changed at the first sign-in, at the centre, which checks the old one.
            String newcomer = "new-" + hall;
            central.users.put(new UserAccount(newcomer, "新同事", Role.CLERK, hall,
                    PasswordHash.hash("Set@byAdmin1".toCharArray()), false, true));
            window.sync.syncNow();
            assertThat(window.store.users().login(newcomer, "Set@byAdmin1".toCharArray()))
                    .isInstanceOf(LoginResult.PasswordChangeRequired.class);
            assertThatThrownBy(() -> window.sync.changePassword(newcomer, "guessed".toCharArray(), "Mine@2026x".toCharArray()))
                    .isInstanceOf(CentralRefusedException.class);

            window.sync.changePassword(newcomer, "Set@byAdmin1".toCharArray(), "Mine@2026x".toCharArray());

            assertThat(window.store.users().login(newcomer, "Mine@2026x".toCharArray())).isInstanceOf(LoginResult.SignedIn.class);
            assertThat(window.store.users().login(newcomer, "Set@byAdmin1".toCharArray())).isInstanceOf(LoginResult.Refused.class);
            assertThat(central.count("SELECT count(*) FROM app_user WHERE user_id = ? AND must_change_password", newcomer)).isZero();
        }
    }

    /** Finding 10. Any back-office credential decided any case of any department: 公安 decided a 市场监管 food licence. */
    @Test
    void finding10_aBackOfficeDecidesOnlyItsOwnDepartmentsCasesAndCanBeRevoked(
            @TempDir(factory = SyncWindow.InMemory.class) Path dir) throws Exception {
        String police = central.backOffice.register("GAHZ", "公安局户政审批系统");
        String market = central.backOffice.register("SCJG", "市场监管局审批系统");
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            window.sync.syncNow();
            CaseState foodLicence = Cases.accept(window.store, window.clock, window.clerk(),
                    SyncWindow.completeFoodLicence("张三"), DecisionKind.ACCEPT);
            window.sync.syncNow();
            String path = "/api/backoffice/cases/" + foodLicence.caseNumber() + "/review";

            HttpResponse<String> byThePolice = central.post(path, police, "{\"department\":\"公安局\",\"note\":\"\"}");

            assertThat(byThePolice.statusCode()).as(byThePolice.body()).isEqualTo(403);
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", foodLicence.caseId())).isEqualTo(1);
            assertThat(central.post(path, market, "{\"department\":\"市场监管局\",\"note\":\"\"}").statusCode()).isEqualTo(201);
            StringWriter output = new StringWriter();
            int exit = new CommandLine(new CentralLauncher(TestClock.at(TestClock.MONDAY_MORNING)))
                    .setOut(new PrintWriter(output, true)).setErr(new PrintWriter(output, true))
                    .execute(central.adminArguments("backoffice-revoke", "SCJG"));
            assertThat(exit).as(output.toString()).isZero();
            assertThat(central.post("/api/backoffice/cases/" + foodLicence.caseNumber() + "/decision", market,
                    "{\"approved\":true,\"note\":\"\"}").statusCode()).isIn(401, 403);
        }
    }

    /**
     * Finding 11. The device token sat in plain text in a world-readable file with the applicants' data and the user
     * hashes; a lost {@code -wal} silently dropped committed cases.
     */
    @Test
    void finding11_theWindowsStoreIsTheUsersAloneAndALostWalIsNoticed(@TempDir(factory = SyncWindow.InMemory.class) Path dir,
                                                                      @TempDir(factory = SyncWindow.InMemory.class) Path copy)
            throws Exception {
        String hall = newHall();
        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, "clerk-" + hall)) {
            window.sync.syncNow();
            window.capture(26);

            assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (String file : List.of("onewindow.db", "onewindow.db-wal")) {
                assertThat(Files.getPosixFilePermissions(dir.resolve(file))).as(file)
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
                 ResultSet row = c.createStatement().executeQuery("SELECT device_token FROM device")) {
                row.next();
                assertThat(row.getString(1)).as("the token is not kept in the database").isEmpty();
            }
            // A copy of the data directory taken while the window runs, without its -wal: the 26 cases are not in it.
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith("-wal") && !name.endsWith("-shm")) {
                        Path target = copy.resolve(dir.relativize(file));
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (SyncWindow restored = SyncWindow.reopened(central, copy, "clerk-" + hall)) {
            assertThatThrownBy(restored.sync::syncNow).isInstanceOf(CentralRefusedException.class)
                    .hasMessageContaining("本地数据库").hasMessageContaining("onewindow restore");
        }
    }

    /**
     * Finding 12. The centre logged nothing about enrollments (the takeover included), revocations, administration,
     * failed authentication or fetches of personal data.
     */
    @Test
    void finding12_theCentreKeepsATamperEvidentAuditThatAdminAuditReadsAndVerifies() throws Exception {
        Forger device = new Forger(newHall());
        central.get("/api/sync/pull", "not-a-token");
        central.devices.revoke(device.deviceId);

        StringWriter output = new StringWriter();
        int exit = new CommandLine(new CentralLauncher(TestClock.at(TestClock.MONDAY_MORNING)))
                .setOut(new PrintWriter(output, true)).setErr(new PrintWriter(output, true))
                .execute(central.adminArguments("audit", "--verify"));

        assertThat(exit).as(output.toString()).isZero();
        assertThat(output.toString()).contains("DEVICE_ENROLLED").contains(device.deviceId).contains("AUTH_FAILED")
                .contains("DEVICE_REVOKED").contains("审计链完整");
        try (Connection c = central.database.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET actor = 'nobody'"))
                    .isInstanceOf(SQLException.class);
        }

        // Someone with the database's superuser goes round the trigger: the chain shows it.
        try (Connection c = DriverManager.getConnection(central.database.jdbcUrl(), "postgres", central.superuserPassword());
             Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
            s.executeUpdate("UPDATE audit_log SET subject = 'someone-else' WHERE action = 'DEVICE_REVOKED'");
            s.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
        }
        StringWriter tampered = new StringWriter();
        int broken = new CommandLine(new CentralLauncher(TestClock.at(TestClock.MONDAY_MORNING)))
                .setOut(new PrintWriter(tampered, true)).setErr(new PrintWriter(tampered, true))
                .execute(central.adminArguments("audit", "--verify", "--limit", "0"));
        assertThat(broken).as(tampered.toString()).isEqualTo(1);
        assertThat(tampered.toString()).contains("审计链已断开").contains("已被改动");
    }

    /**
     * Finding 13. A {@code null} body gave 500; Jetty's own 400/414/431 answers were HTML; messages named Java
     * classes; numbers were taken where text is expected; /openapi.json and /metrics were public off loopback.
     */
    @Test
    void finding13_everyRefusalIsTheApisJsonInChineseAndMonitoringNeedsATokenOffLoopback() throws Exception {
        HttpResponse<String> nullBody = central.post("/api/enroll", null, "null");
        HttpResponse<String> numberForText = central.post("/api/enroll", null,
                "{\"code\":123456789012,\"deviceId\":\"" + UUID.randomUUID() + "\",\"deviceCode\":\"AAAA\"}");
        HttpResponse<String> listForText = central.post("/api/enroll", null,
                "{\"code\":[\"x\"],\"deviceId\":\"" + UUID.randomUUID() + "\",\"deviceCode\":\"AAAA\"}");
        HttpResponse<String> longUri = central.get("/api/sync/pull?cursor=" + "9".repeat(70_000), "x");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> bigHeader = http.send(HttpRequest.newBuilder(URI.create(central.url() + "/health"))
                .header("X-Filler", "x".repeat(70_000)).build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> refused : List.of(nullBody, numberForText, listForText, longUri, bigHeader)) {
            assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(refused.body()).startsWith("application/json");
            JsonNode problem = Json.read(refused.body(), JsonNode.class);
            assertThat(problem.get("message").textValue()).matches(".*[\\u4e00-\\u9fa5].*")
                    .doesNotContain("java.", "org.onewindow", "com.fasterxml", "Exception", "String");
        }
        assertThat(nullBody.statusCode()).isEqualTo(400);
        assertThat(numberForText.statusCode()).isEqualTo(400);
        assertThat(numberForText.body()).contains("code");

        try (CentralServer open = CentralServer.start(central.database.dataSource(), central.clock,
                new CentralOptions("0.0.0.0", 0, null, null, "monitor-secret"))) {
            String base = "http://127.0.0.1:" + open.port();
            for (String path : List.of("/metrics", "/openapi.json")) {
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).as(path).isEqualTo(401);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer monitor-secret").build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).as(path).isEqualTo(200);
            }
        }
    }
}
