package org.onewindow.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.Json;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.ProblemReport;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;

/** The push endpoint against a real PostgreSQL and the real HTTP service: each event once, and who may push what. */
class CentralPushAndSecurityTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private record Window(Enrollment enrollment, CaseEvents events, String clerk, String supervisor) {
        String token() {
            return enrollment.token();
        }

        String deviceId() {
            return enrollment.deviceId();
        }
    }

    private static Window newWindow() {
        String hall = "H" + UUID.randomUUID().toString().substring(0, 6);
        Enrollment enrollment = central.enrollNewDevice(hall);
        String clerk = "clerk-" + hall;
        String supervisor = "chief-" + hall;
        central.addUser(clerk, Role.CLERK, hall);
        central.addUser(supervisor, Role.SUPERVISOR, hall);
        return new Window(enrollment, new CaseEvents(enrollment, central.clock), clerk, supervisor);
    }

    private static HttpResponse<String> push(Window window, List<SealedEvent> events) {
        return pushEnvelopes(window, CaseEvents.envelopes(events));
    }

    private static HttpResponse<String> pushEnvelopes(Window window, List<EventEnvelope> envelopes) {
        return central.post("/api/sync/push", window.token(), Json.write(new PushRequest(window.deviceId(), envelopes)));
    }

    /** A body as some other writer made it, hashed as that writer would. */
    private static EventEnvelope written(String body) {
        return new EventEnvelope(body, EventHash.of(body), "");
    }

    private static long storedOf(Window window) {
        return central.count("SELECT count(*) FROM case_event WHERE device_id = ?", window.deviceId());
    }

    private static String problem(HttpResponse<String> response) {
        return Json.read(response.body(), ProblemReport.class).message();
    }

    @Test
    void storesEachEventOnceWhenTheSameBatchIsPushedTwice() {
        Window window = newWindow();
        List<SealedEvent> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(window.events().accepted(UUID.randomUUID(), window.clerk()));
        }

        PushResult first = Json.read(push(window, batch).body(), PushResult.class);
        HttpResponse<String> again = push(window, batch);

        assertThat(first.outcomes()).extracting(o -> o.outcome()).containsOnly(Outcome.STORED).hasSize(20);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Json.read(again.body(), PushResult.class).outcomes()).extracting(o -> o.outcome())
                .containsOnly(Outcome.DUPLICATE).hasSize(20);
        assertThat(storedOf(window)).isEqualTo(20);
    }

    @Test
    void answersPerEventAndARejectedEventDoesNotBlockTheOthers() {
        Window window = newWindow();
        UUID caseId = UUID.randomUUID();
        SealedEvent accepted = window.events().accepted(caseId, window.clerk());
        SealedEvent voidedByClerk = window.events().payload(caseId, window.clerk(), new EventPayload.Voided("录入错误", window.clerk()));
        SealedEvent evaluated = window.events().payload(caseId, window.clerk(), new EventPayload.Evaluated(5, "满意"));

        PushResult result = Json.read(push(window, List.of(accepted, voidedByClerk, evaluated)).body(), PushResult.class);

        assertThat(result.outcomes()).extracting(o -> o.outcome())
                .containsExactly(Outcome.STORED, Outcome.REJECTED, Outcome.STORED);
        assertThat(result.outcomes().get(1).reason()).contains("作废").contains("窗口负责人").contains(window.clerk());
        assertThat(storedOf(window)).isEqualTo(2);
        assertThat(central.count("SELECT count(*) FROM case_event WHERE event_id = ?", voidedByClerk.event().eventId())).isZero();
    }

    @Test
    void anOpeningWithAMistypedIdNumberIsRejectedWithItsReasonAndTheOthersAreStored() {
        Window window = newWindow();
        SealedEvent good = window.events().accepted(UUID.randomUUID(), window.clerk());
        Intake valid = CaseEvents.intake(MaterialStatus.PRESENTED_ORIGINAL);
        Applicant applicant = valid.applicant();
        Intake mistyped = new Intake(valid.catalogVersion(), valid.itemCodes(), "", List.of(),
                new Applicant(applicant.type(), applicant.name(), applicant.idKind(), "110105194912310029",
                        applicant.phone(), "", ""), null, valid.materials());
        SealedEvent bad = window.events().payload(UUID.randomUUID(), window.clerk(), new EventPayload.ApplicationAccepted(
                window.events().nextNumber(), mistyped, DecisionKind.ACCEPT, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 21), null, window.clerk(), BigDecimal.ZERO, 5, 20, false, false));
        SealedEvent alsoGood = window.events().accepted(UUID.randomUUID(), window.clerk());

        PushResult result = Json.read(push(window, List.of(good, bad, alsoGood)).body(), PushResult.class);

        assertThat(result.outcomes()).extracting(o -> o.outcome())
                .containsExactly(Outcome.STORED, Outcome.REJECTED, Outcome.STORED);
        assertThat(result.outcomes().get(1).reason())
                .isEqualTo("申请人的居民身份证号码有误：校验位应为 X，实际为 9（请逐位核对号码），“受理”未保存");
        assertThat(central.count("SELECT count(*) FROM case_event WHERE event_id = ?", bad.event().eventId())).isZero();
        assertThat(storedOf(window)).isEqualTo(2);
    }

    @Test
    void aSupervisorMayRecordWhatAClerkMayNot() {
        Window window = newWindow();
        UUID caseId = UUID.randomUUID();
        SealedEvent refusedByClerk = window.events().payload(caseId, window.clerk(),
                new EventPayload.ApplicationRefused(window.events().nextNumber(), CaseEvents.intake(org.onewindow.domain.intake.MaterialStatus.MISSING),
                        "不属于本机关职权范围", window.clerk(), window.clerk()));
        SealedEvent refusedBySupervisor = window.events().payload(UUID.randomUUID(), window.supervisor(),
                new EventPayload.ApplicationRefused(window.events().nextNumber(), CaseEvents.intake(org.onewindow.domain.intake.MaterialStatus.MISSING),
                        "不属于本机关职权范围", window.clerk(), window.supervisor()));

        PushResult result = Json.read(push(window, List.of(refusedByClerk, refusedBySupervisor)).body(), PushResult.class);

        assertThat(result.outcomes()).extracting(o -> o.outcome()).containsExactly(Outcome.REJECTED, Outcome.STORED);
        assertThat(result.outcomes().get(0).reason()).contains("不予受理");
        assertThat(storedOf(window)).isEqualTo(1);
    }

    @Test
    void refusesAnEventFromAPersonTheCentreDoesNotKnow() {
        Window window = newWindow();
        PushResult result = Json.read(push(window, List.of(window.events().accepted(UUID.randomUUID(), "stranger"))).body(),
                PushResult.class);

        assertThat(result.outcomes().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.outcomes().get(0).reason()).contains("stranger").contains("不是中心登记的用户");
        assertThat(storedOf(window)).isZero();
    }

    @Test
    void refusesAPushWithoutAToken() {
        Window window = newWindow();
        HttpResponse<String> response = central.post("/api/sync/push", null, Json.write(new PushRequest(window.deviceId(),
                CaseEvents.envelopes(List.of(window.events().accepted(UUID.randomUUID(), window.clerk()))))));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response)).contains("缺少凭据");
        assertThat(storedOf(window)).isZero();
    }

    @Test
    void refusesAPushWithAWrongToken() {
        Window window = newWindow();
        HttpResponse<String> response = central.post("/api/sync/push", window.token() + "x", Json.write(new PushRequest(
                window.deviceId(), CaseEvents.envelopes(List.of(window.events().accepted(UUID.randomUUID(), window.clerk()))))));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response)).contains("设备凭据无效");
        assertThat(storedOf(window)).isZero();
    }

    @Test
    void refusesARevokedDevice() {
        Window window = newWindow();
        assertThat(push(window, List.of(window.events().accepted(UUID.randomUUID(), window.clerk()))).statusCode()).isEqualTo(200);

        assertThat(central.devices.revoke(window.deviceId())).isTrue();
        HttpResponse<String> afterRevocation = push(window, List.of(window.events().accepted(UUID.randomUUID(), window.clerk())));

        assertThat(afterRevocation.statusCode()).isEqualTo(403);
        assertThat(problem(afterRevocation)).contains("已被吊销");
        assertThat(central.get("/api/sync/pull", window.token()).statusCode()).isEqualTo(403);
        assertThat(storedOf(window)).isEqualTo(1);
    }

    @Test
    void refusesADevicePushingAnotherDevicesEventsAndStoresNoneOfTheBatch() {
        Window window = newWindow();
        Window other = newWindow();
        SealedEvent own = window.events().accepted(UUID.randomUUID(), window.clerk());
        SealedEvent foreign = other.events().accepted(UUID.randomUUID(), other.clerk());

        HttpResponse<String> mixed = push(window, List.of(own, foreign));
        HttpResponse<String> inTheOthersName = central.post("/api/sync/push", window.token(),
                Json.write(new PushRequest(other.deviceId(), CaseEvents.envelopes(List.of(foreign)))));

        assertThat(mixed.statusCode()).isEqualTo(403);
        assertThat(problem(mixed)).contains(other.deviceId()).contains("整批未保存");
        assertThat(inTheOthersName.statusCode()).isEqualTo(403);
        assertThat(storedOf(window) + storedOf(other)).isZero();
    }

    @Test
    void refusesMalformedJsonWithAMessageAndStoresNothing() {
        Window window = newWindow();
        String valid = Json.write(new PushRequest(window.deviceId(),
                CaseEvents.envelopes(List.of(window.events().accepted(UUID.randomUUID(), window.clerk())))));

        HttpResponse<String> truncated = central.post("/api/sync/push", window.token(), valid.substring(0, valid.length() / 2));
        HttpResponse<String> trailing = central.post("/api/sync/push", window.token(), valid + "{}");
        HttpResponse<String> empty = central.post("/api/sync/push", window.token(), "");

        for (HttpResponse<String> response : List.of(truncated, trailing, empty)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(problem(response)).isNotBlank();
        }
        assertThat(problem(truncated)).contains("不是有效的 JSON");
        assertThat(storedOf(window)).isZero();
    }

    @Test
    void refusesWrongTypesNamingTheFieldAndStoresNothingOfTheBatch() {
        Window window = newWindow();
        String body = window.events().accepted(UUID.randomUUID(), window.clerk()).body();
        EventEnvelope fine = EventEnvelope.of(window.events().accepted(UUID.randomUUID(), window.clerk()));
        // Bodies a faulty writer made and hashed: the hash holds, the content does not.
        EventEnvelope seqAsText = written(body.replaceFirst("\"deviceSeq\":(\\d+)", "\"deviceSeq\":\"$1\""));
        EventEnvelope badUuid = written(body.replaceFirst("\"caseId\":\"[^\"]+\"", "\"caseId\":\"not-a-uuid\""));
        EventEnvelope missingPayload = written(body.replace("\"payload\":", "\"payloadX\":"));
        EventEnvelope badScore = written(window.events().payload(UUID.randomUUID(), window.clerk(),
                new EventPayload.Evaluated(5, "好")).body().replace("\"score\":5", "\"score\":9"));
        EventEnvelope notJson = written(body.substring(0, body.length() / 2));
        String bodyNotAString = "{\"deviceId\":\"" + window.deviceId() + "\",\"events\":[{\"body\":{},\"hash\":\""
                + fine.hash() + "\",\"signature\":\"\"}]}";
        String eventsNotAList = "{\"deviceId\":\"" + window.deviceId() + "\",\"events\":{}}";

        HttpResponse<String> seq = pushEnvelopes(window, List.of(fine, seqAsText));
        HttpResponse<String> uuid = pushEnvelopes(window, List.of(badUuid));
        HttpResponse<String> payload = pushEnvelopes(window, List.of(missingPayload));
        HttpResponse<String> score = pushEnvelopes(window, List.of(badScore));
        HttpResponse<String> json = pushEnvelopes(window, List.of(notJson));
        HttpResponse<String> object = central.post("/api/sync/push", window.token(), bodyNotAString);
        HttpResponse<String> list = central.post("/api/sync/push", window.token(), eventsNotAList);

        for (HttpResponse<String> response : List.of(seq, uuid, payload, score, json, object, list)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        }
        assertThat(problem(seq)).contains("events[1].body").contains("deviceSeq").contains("整批未保存");
        assertThat(problem(uuid)).contains("caseId");
        assertThat(problem(payload)).contains("payload");
        assertThat(problem(score)).contains("payload").doesNotContain("must be");
        assertThat(problem(json)).contains("不是有效的 JSON");
        assertThat(problem(object)).contains("events[0].body");
        assertThat(storedOf(window)).isZero();
    }

    @Test
    void takesFieldsANewerWindowAddedAndKeepsTheBodyByteForByte() {
        Window window = newWindow();
        SealedEvent today = window.events().accepted(UUID.randomUUID(), window.clerk());
        // The next build adds a field to the applicant, and fields around the event: this centre knows none of them.
        String newer = today.body().replace("\"legalRepresentative\":\"\"",
                "\"email\":\"zs@example.cn\",\"legalRepresentative\":\"\"");
        String request = Json.write(new PushRequest(window.deviceId(), List.of(written(newer))))
                .replaceFirst("\\{", "{\"priority\":1,").replace("\"hash\":", "\"keyId\":\"k1\",\"hash\":");

        HttpResponse<String> response = central.post("/api/sync/push", window.token(), request);

        assertThat(newer).isNotEqualTo(today.body()).contains("zs@example.cn");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.read(response.body(), PushResult.class).outcomes()).extracting(o -> o.outcome())
                .containsExactly(Outcome.STORED);
        assertThat(central.queryText("SELECT body FROM case_event WHERE event_id = '" + today.event().eventId() + "'"))
                .isEqualTo(newer);
    }

    @Test
    void enrollsAWindowWhoseRequestCarriesAFieldThisCentreDoesNotKnow() {
        String hall = "H" + UUID.randomUUID().toString().substring(0, 6);
        String code = central.devices.issueEnrollmentCode(hall, "330100", java.time.Duration.ofHours(1));
        String deviceId = UUID.randomUUID().toString();

        HttpResponse<String> response = central.post("/api/enroll", null, "{\"code\":\"" + code + "\",\"deviceId\":\""
                + deviceId + "\",\"deviceCode\":\"AB23\",\"attestation\":\"tpm2:AAAA\"}");
        HttpResponse<String> wrongType = central.post("/api/enroll", null, "{\"code\":[\"" + code + "\"],\"deviceId\":\""
                + deviceId + "\",\"deviceCode\":\"AB23\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.read(response.body(), Enrollment.class).deviceId()).isEqualTo(deviceId);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(problem(wrongType)).contains("code");
    }

    @Test
    void defersAnEventOfATypeThisCentreDoesNotKnowAndStoresTheOthers() {
        Window window = newWindow();
        SealedEvent accepted = window.events().accepted(UUID.randomUUID(), window.clerk());
        SealedEvent template = window.events().payload(accepted.event().caseId(), window.clerk(),
                new EventPayload.Delivered("窗口领取", ""));
        // A type the next build introduces, written and hashed by that build.
        EventEnvelope inspected = written(template.body().replace("\"type\":\"DELIVERED\"", "\"type\":\"SITE_INSPECTED\""));
        // The next build's window chains its next event on the one it wrote.
        window.events().linkAfter(inspected.hash());
        SealedEvent evaluated = window.events().payload(accepted.event().caseId(), window.clerk(), new EventPayload.Evaluated(5, ""));

        PushResult result = Json.read(pushEnvelopes(window, List.of(EventEnvelope.of(accepted), inspected,
                EventEnvelope.of(evaluated))).body(), PushResult.class);

        assertThat(result.outcomes()).extracting(o -> o.outcome())
                .containsExactly(Outcome.STORED, Outcome.DEFERRED, Outcome.STORED);
        assertThat(result.outcomes().get(1).eventId()).isEqualTo(template.event().eventId());
        assertThat(result.outcomes().get(1).reason()).contains("SITE_INSPECTED").contains("中心库").contains("升级");
        assertThat(storedOf(window)).isEqualTo(2);
    }

    @Test
    void refusesOversizeBatchesWholly() {
        Window window = newWindow();
        List<SealedEvent> tooMany = new ArrayList<>();
        for (int i = 0; i <= PushRequest.MAX_EVENTS; i++) {
            tooMany.add(window.events().accepted(UUID.randomUUID(), window.clerk()));
        }
        String tooBig = Json.write(new PushRequest(window.deviceId(), CaseEvents.envelopes(List.of(window.events().payload(
                UUID.randomUUID(), window.clerk(), new EventPayload.Evaluated(5, "好".repeat(PushRequest.MAX_BYTES / 2)))))));

        HttpResponse<String> count = push(window, tooMany);
        CentralFixture.Answer bytes = central.postDeclaringLength("/api/sync/push", window.token(),
                tooBig.getBytes(StandardCharsets.UTF_8).length);

        assertThat(count.statusCode()).isEqualTo(413);
        assertThat(problem(count)).contains("最多 500 条");
        assertThat(bytes.status()).as("refused by its declared length, before a byte of it is read").isEqualTo(413);
        assertThat(Json.read(bytes.json(), ProblemReport.class).message()).contains("分批上传");
        assertThat(storedOf(window)).isZero();
    }

    @Test
    void refusesAnEventIdReusedForDifferentContent() {
        Window window = newWindow();
        SealedEvent original = window.events().accepted(UUID.randomUUID(), window.clerk());
        CaseEvent event = original.event();
        SealedEvent forged = EventCodec.CURRENT.seal(new CaseEvent(event.eventId(), event.caseId(), event.deviceId(),
                event.deviceSeq(), event.hlc(), event.actor(), event.recordedAt(), new EventPayload.Evaluated(1, "差"),
                event.previousHash(), ""));
        push(window, List.of(original));

        PushResult result = Json.read(push(window, List.of(forged)).body(), PushResult.class);

        assertThat(result.outcomes().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.outcomes().get(0).reason()).contains("内容不同");
        assertThat(storedOf(window)).isEqualTo(1);
    }

    @Test
    void aDuplicateIsTheSameBytesNotTheSameMeaning() {
        Window window = newWindow();
        SealedEvent original = window.events().accepted(UUID.randomUUID(), window.clerk());
        // The same event with a space after one colon: the same to a reader, other bytes, its own valid hash.
        EventEnvelope respaced = written(original.body().replaceFirst("\"actor\":", "\"actor\": "));
        push(window, List.of(original));

        PushResult again = Json.read(push(window, List.of(original)).body(), PushResult.class);
        PushResult other = Json.read(pushEnvelopes(window, List.of(respaced)).body(), PushResult.class);

        assertThat(again.outcomes().get(0).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(other.outcomes().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(other.outcomes().get(0).reason()).contains("内容不同");
        assertThat(storedOf(window)).isEqualTo(1);
    }

    @Test
    void refusesAnEventWhoseHashIsNotThatOfItsBytes() {
        Window window = newWindow();
        SealedEvent sealed = window.events().accepted(UUID.randomUUID(), window.clerk());
        EventEnvelope altered = new EventEnvelope(sealed.body().replace("\"actor\":\"" + window.clerk() + "\"",
                "\"actor\":\"" + window.supervisor() + "\""), sealed.hash(), "");

        PushResult result = Json.read(pushEnvelopes(window, List.of(altered)).body(), PushResult.class);

        assertThat(altered.body()).isNotEqualTo(sealed.body());
        assertThat(result.outcomes().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.outcomes().get(0).reason()).contains("哈希");
        assertThat(storedOf(window)).isZero();
    }

    @Test
    void keepsSynchronousCommitOnSoAnAcknowledgedEventIsDurable() {
        assertThat(central.queryText("SHOW synchronous_commit")).isEqualTo("on");
        assertThat(central.queryText("SHOW fsync")).isEqualTo("on");
    }

    @Test
    void servesHttpsWhenAKeystoreIsConfigured() throws Exception {
        Path keystore = central.directory.resolve("central.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "central", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit").inheritIO().start();
        assertThat(keytool.waitFor()).isZero();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);

        try (CentralServer https = CentralServer.start(central.database.dataSource(), central.clock,
                new CentralOptions("127.0.0.1", 0, keystore, "changeit"))) {
            HttpResponse<String> health = HttpClient.newBuilder().sslContext(tls).build().send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesHealthMetricsAndItsOpenApiDocument() {
        assertThat(central.get("/health", null).statusCode()).isEqualTo(200);
        assertThat(central.get("/metrics", null).body()).contains("onewindow_http_requests_total");
        HttpResponse<String> openApi = central.get("/openapi.json", null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("\"/api/sync/push\"").contains("\"/api/sync/pull\"")
                .contains("\"/api/backoffice/cases/{caseNumber}/decision\"");
    }
}
