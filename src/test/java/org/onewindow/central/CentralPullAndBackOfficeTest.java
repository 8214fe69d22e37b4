package org.onewindow.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.Json;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.CaseFile;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.ProblemReport;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;

/** What windows pull, fetching a case by number, and the back office moving cases on. */
class CentralPullAndBackOfficeTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();
    private static String backOfficeToken;

    @BeforeAll
    static void start() {
        backOfficeToken = central.backOffice.register("SCJG", "市场监管局审批系统");
    }

    private record Window(Enrollment enrollment, CaseEvents events, String clerk) {
    }

    private static String newHall() {
        String hall = "H" + UUID.randomUUID().toString().substring(0, 6);
        central.addUser("clerk-" + hall, Role.CLERK, hall);
        return hall;
    }

    private static Window windowIn(String hall) {
        Enrollment enrollment = central.enrollNewDevice(hall);
        return new Window(enrollment, new CaseEvents(enrollment, central.clock), "clerk-" + hall);
    }

    private static void push(Window window, SealedEvent... events) {
        HttpResponse<String> response = central.post("/api/sync/push", window.enrollment().token(),
                Json.write(new PushRequest(window.enrollment().deviceId(), CaseEvents.envelopes(List.of(events)))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static PullResponse pull(Window window, String cursor, int limit) {
        HttpResponse<String> response = central.get("/api/sync/pull?limit=" + limit + "&cursor=" + cursor,
                window.enrollment().token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body(), PullResponse.class);
    }

    private static List<EventEnvelope> pullAll(Window window) {
        List<EventEnvelope> all = new ArrayList<>();
        String cursor = "";
        PullResponse page;
        do {
            page = pull(window, cursor, 3);
            all.addAll(page.events());
            cursor = page.cursor();
        } while (page.more());
        return all;
    }

    private static EventType typeOf(EventEnvelope envelope) {
        return EventCodec.CURRENT.read(envelope.body(), envelope.hash()).type();
    }

    private static HttpResponse<String> step(String caseNumber, String step, String body) {
        return central.post("/api/backoffice/cases/" + caseNumber + "/" + step, backOfficeToken, body);
    }

    @Test
    void aWindowPullsWhatOthersRecordedInItsHallButNotItsOwnEvents() {
        String hall = newHall();
        Window a = windowIn(hall);
        Window b = windowIn(hall);
        Window elsewhere = windowIn(newHall());
        SealedEvent fromA = a.events().accepted(UUID.randomUUID(), a.clerk());
        push(a, fromA);

        assertThat(pull(b, "", 100).events()).containsExactly(EventEnvelope.of(fromA));
        assertThat(pull(a, "", 100).events()).isEmpty();
        assertThat(pull(elsewhere, "", 100).events()).isEmpty();
    }

    @Test
    void pagesThroughEveryEventExactlyOnce() {
        String hall = newHall();
        Window a = windowIn(hall);
        Window b = windowIn(hall);
        List<SealedEvent> pushed = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            List<SealedEvent> events = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                events.add(a.events().accepted(UUID.randomUUID(), a.clerk()));
            }
            push(a, events.toArray(SealedEvent[]::new));
            pushed.addAll(events);
        }

        assertThat(pullAll(b)).containsExactlyElementsOf(CaseEvents.envelopes(pushed));
    }

    @Test
    void aBatchThatCommitsLateIsNotSkippedByACursorThatMovedOn() throws Exception {
        String hall = newHall();
        Window a = windowIn(hall);
        Window b = windowIn(hall);
        // Two windows: one device's batches take turns (its chain is checked under a lock), two devices' do not.
        Window c = windowIn(hall);
        SealedEvent late = c.events().accepted(UUID.randomUUID(), c.clerk());
        SealedEvent early = a.events().accepted(UUID.randomUUID(), a.clerk());
        try (Connection slow = central.database.dataSource().getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO case_event (event_id, case_id, device_id, device_seq, event_type, actor, hlc, hall, body, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                CaseEvent event = late.event();
                insert.setObject(1, event.eventId());
                insert.setObject(2, event.caseId());
                insert.setString(3, event.deviceId());
                insert.setLong(4, event.deviceSeq());
                insert.setString(5, event.type().name());
                insert.setString(6, event.actor());
                insert.setString(7, event.hlc().encode());
                insert.setString(8, hall);
                insert.setString(9, late.body());
                insert.setString(10, late.hash());
                insert.executeUpdate();
            }
            push(a, early);
            PullResponse whileOpen = pull(b, "", 100);
            slow.commit();
            PullResponse afterCommit = pull(b, whileOpen.cursor(), 100);

            assertThat(whileOpen.events()).doesNotContain(EventEnvelope.of(late));
            assertThat(java.util.stream.Stream.concat(whileOpen.events().stream(), afterCommit.events().stream()).toList())
                    .containsExactlyInAnyOrder(EventEnvelope.of(late), EventEnvelope.of(early));
        }
    }

    @Test
    void pullsTheNewestCatalogTheRegionsCalendarAndTheHallsUsers() throws IOException {
        String hall = newHall();
        Window window = windowIn(hall);
        Path catalog = Files.createTempFile(central.directory, "catalog", ".json");
        String catalogJson = CatalogJson.write(CatalogJson.bundled());
        Files.writeString(catalog, catalogJson);
        Path calendar = Files.createTempFile(central.directory, "calendar", ".json");
        Files.writeString(calendar, "[{\"date\":\"2026-12-28\",\"workingDay\":false,\"name\":\"地方节日\"}]");
        central.publications.publishCalendar("330100", calendar);
        String version = central.publications.publishCatalog(catalog);

        PullResponse first = pull(window, "", 100);
        central.users.disable("clerk-" + hall);
        PullResponse second = pull(window, first.cursor(), 100);

        assertThat(first.catalog().key()).isEqualTo(version);
        assertThat(first.catalog().json()).isEqualTo(catalogJson);
        assertThat(first.calendars()).singleElement().satisfies(c -> assertThat(c.json()).contains("2026-12-28"));
        assertThat(first.users()).singleElement().satisfies(u -> assertThat(u.disabled()).isFalse());
        assertThat(second.catalog()).isNull();
        assertThat(second.calendars()).isEmpty();
        assertThat(second.users()).singleElement().satisfies(u -> assertThat(u.disabled()).isTrue());
    }

    @Test
    void refusesACatalogThatIsNotValidAndACalendarOutsideCoverage() throws IOException {
        Path catalog = Files.createTempFile(central.directory, "catalog", ".json");
        Files.writeString(catalog, "{\"format\":1,\"version\":\"x\"}");
        Path calendar = Files.createTempFile(central.directory, "calendar", ".json");
        Files.writeString(calendar, "[{\"date\":\"2040-01-02\",\"workingDay\":false,\"name\":\"\"}]");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> central.publications.publishCatalog(catalog))
                .isInstanceOf(ApiException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> central.publications.publishCalendar("330100", calendar))
                .isInstanceOf(ApiException.class).hasMessageContaining("节假日调整无效");
    }

    @Test
    void aWindowOfAnotherHallFetchesACaseByNumberAndThenPullsItsLaterEvents() {
        Window a = windowIn(newHall());
        Window b = windowIn(newHall());
        SealedEvent accepted = a.events().accepted(UUID.randomUUID(), a.clerk());
        push(a, accepted);
        String number = ((EventPayload.ApplicationAccepted) accepted.event().payload()).caseNumber();

        HttpResponse<String> fetched = lookUp(b, number, "11010519491231002X");
        assertThat(step(number, "review", "{\"department\":\"市场监管局\",\"note\":\"\"}").statusCode()).isEqualTo(201);

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(Json.read(fetched.body(), CaseFile.class).events()).containsExactly(EventEnvelope.of(accepted));
        assertThat(pull(b, "", 100).events()).extracting(CentralPullAndBackOfficeTest::typeOf)
                .containsExactly(EventType.APPLICATION_ACCEPTED, EventType.REVIEW_STARTED);
        assertThat(lookUp(b, "NO-SUCH-CASE", "11010519491231002X").statusCode()).isEqualTo(404);
        assertThat(central.get("/api/sync/cases/" + number, b.enrollment().token()).statusCode())
                .as("by number alone, as an older window asks").isEqualTo(410);
    }

    private static HttpResponse<String> lookUp(Window window, String number, String applicantIdNumber) {
        return central.post("/api/sync/case-lookup", window.enrollment().token(),
                Json.write(new org.onewindow.codec.sync.CaseLookup(number, applicantIdNumber)));
    }

    @Test
    void theBackOfficeMovesACaseOnOnlyAsItsStateAllows() {
        Window window = windowIn(newHall());
        UUID caseId = UUID.randomUUID();
        String number = window.events().nextNumber();
        SealedEvent accepted = window.events().payload(caseId, window.clerk(), new EventPayload.ApplicationAccepted(number,
                CaseEvents.intake(MaterialStatus.TOLERATED), DecisionKind.ACCEPT_WITH_TOLERANCE,
                java.time.LocalDate.of(2026, 11, 30), java.time.LocalDate.of(2026, 12, 21), java.time.LocalDate.of(2026, 11, 30),
                window.clerk(), java.math.BigDecimal.ZERO, 5, 20, false, false));
        push(window, accepted);

        HttpResponse<String> resumeFirst = step(number, "clock-resume", "{\"note\":\"\"}");
        assertThat(step(number, "review", "{\"department\":\"市场监管局\",\"note\":\"\"}").statusCode()).isEqualTo(201);
        assertThat(step(number, "clock-pause", "{\"reason\":\"现场核查\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> decideWhilePaused = step(number, "decision", "{\"approved\":true,\"note\":\"\"}");
        assertThat(step(number, "clock-resume", "{\"note\":\"核查完毕\"}").statusCode()).isEqualTo(201);
        assertThat(step(number, "decision", "{\"approved\":true,\"note\":\"准予许可\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> concludeWithMaterialOutstanding = step(number, "conclusion", "{\"note\":\"\"}");
        push(window, window.events().payload(caseId, window.clerk(), new EventPayload.MaterialsSupplemented(
                List.of(MaterialCheck.of("M-ID", "身份证", MaterialStatus.PRESENTED_ORIGINAL)), "容缺补齐")));
        HttpResponse<String> conclude = step(number, "conclusion", "{\"note\":\"办结\"}");

        assertThat(resumeFirst.statusCode()).isEqualTo(409);
        assertThat(Json.read(resumeFirst.body(), ProblemReport.class).message()).contains("没有暂停");
        assertThat(decideWhilePaused.statusCode()).isEqualTo(409);
        assertThat(Json.read(decideWhilePaused.body(), ProblemReport.class).message()).contains("恢复计时");
        assertThat(concludeWithMaterialOutstanding.statusCode()).isEqualTo(409);
        assertThat(Json.read(concludeWithMaterialOutstanding.body(), ProblemReport.class).message()).contains("容缺");
        assertThat(conclude.statusCode()).isEqualTo(201);
        CaseFile file = Json.read(central.get("/api/backoffice/cases/" + number, backOfficeToken).body(), CaseFile.class);
        assertThat(file.events()).extracting(CentralPullAndBackOfficeTest::typeOf).containsExactly(EventType.APPLICATION_ACCEPTED,
                EventType.REVIEW_STARTED, EventType.CLOCK_PAUSED, EventType.CLOCK_RESUMED, EventType.DECIDED,
                EventType.MATERIALS_SUPPLEMENTED, EventType.CONCLUDED);
    }

    @Test
    void theBackOfficeNeedsItsOwnCredentials() {
        Window window = windowIn(newHall());
        SealedEvent accepted = window.events().accepted(UUID.randomUUID(), window.clerk());
        push(window, accepted);
        String number = ((EventPayload.ApplicationAccepted) accepted.event().payload()).caseNumber();

        HttpResponse<String> withDeviceToken = central.post("/api/backoffice/cases/" + number + "/review",
                window.enrollment().token(), "{\"department\":\"x\",\"note\":\"\"}");
        HttpResponse<String> withoutToken = central.post("/api/backoffice/cases/" + number + "/review",
                null, "{\"department\":\"x\",\"note\":\"\"}");
        HttpResponse<String> unknownField = step(number, "review", "{\"department\":\"x\",\"note\":\"\",\"by\":\"me\"}");

        assertThat(withDeviceToken.statusCode()).isEqualTo(401);
        assertThat(withoutToken.statusCode()).isEqualTo(401);
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", accepted.event().caseId())).isEqualTo(1);
    }
}
