package org.onewindow.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.store.ClientStore;
import org.onewindow.testing.PreEnvelopeStores;

/**
 * The central store as the last build before the envelope left it, rebuilt row by row in a schema of its own and
 * opened by this build: migration V2 keeps the exact text each hash was taken over, which is byte for byte what
 * the window's migration keeps; the old window pushes what it had not sent, and everything syncs on.
 */
class CentralPreEnvelopeMigrationTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private static final String HALL = "HALL-LEGACY";

    private record Migrated(CentralDatabase database, CentralServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            database.close();
        }
    }

    /** V1 as the old build made it, its rows, then this build's migrations, in a fresh schema of the fixture's server. */
    private static Migrated migrate() throws Exception {
        String schema = "legacy_" + UUID.randomUUID().toString().substring(0, 8);
        String url = central.database.jdbcUrl() + (central.database.jdbcUrl().contains("?") ? "&" : "?")
                + "currentSchema=" + schema;
        String password = central.superuserPassword();
        Flyway.configure().dataSource(url, "postgres", password).schemas(schema).target("1")
                .locations("classpath:db/central").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", password)) {
            insert(c, "case_event", PreEnvelopeStores.rows("central-case-event-rows.jsonl"),
                    Map.of("event_id", "uuid", "case_id", "uuid"));
            insert(c, "case_registry", PreEnvelopeStores.rows("central-case-registry-rows.jsonl"), Map.of("case_id", "uuid"));
            List<Map<String, Object>> systems = new ArrayList<>();
            for (Map<String, Object> row : PreEnvelopeStores.rows("central-backoffice-rows.jsonl")) {
                Map<String, Object> system = new LinkedHashMap<>(row);
                system.put("name", "市场监管局审批系统");
                system.put("token_hash", "not-a-token-any-more");
                systems.add(system);
            }
            insert(c, "backoffice_system", systems, Map.of());
        }
        CentralDatabase database = CentralDatabase.connect(url, "postgres", password, 4);
        return new Migrated(database, CentralServer.start(database.dataSource(), central.clock, CentralOptions.loopback(0)));
    }

    private static void insert(Connection c, String table, List<Map<String, Object>> rows, Map<String, String> casts)
            throws Exception {
        for (Map<String, Object> row : rows) {
            List<String> marks = row.keySet().stream().map(k -> casts.containsKey(k) ? "?::" + casts.get(k) : "?").toList();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", row.keySet())
                    + ") VALUES (" + String.join(", ", marks) + ")")) {
                int i = 1;
                for (Object value : row.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
        }
    }

    private static Map<String, String> storedBodies(DataSource dataSource) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id::text, body, hash FROM case_event ORDER BY tx, seq")) {
            while (rs.next()) {
                assertThat(EventHash.of(rs.getString(2))).as(rs.getString(1)).isEqualTo(rs.getString(3));
                bodies.put(rs.getString(1), rs.getString(2));
            }
        }
        return bodies;
    }

    @Test
    void keepsTheTextEachHashWasTakenOverByteForByteAsTheWindowsMigrationDoes() throws Exception {
        try (Migrated migrated = migrate()) {
            Map<String, String> bodies = storedBodies(migrated.database().dataSource());
            Map<String, String> windowTexts = PreEnvelopeStores.hashedTexts();

            assertThat(bodies).hasSize(5);
            bodies.forEach((id, body) -> assertThat(body).as(id).isEqualTo(windowTexts.get(id)));
            try (Connection c = migrated.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("UPDATE case_event SET actor = 'mallory'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.execute("DELETE FROM case_event")).hasMessageContaining("append-only");
            }
        }
    }

    @Test
    void theOldWindowSendsWhatItHadNotAndAnotherWindowPullsTheWholeChainIntact(@TempDir Path dir) throws Exception {
        try (Migrated migrated = migrate()) {
            DataSource ds = migrated.database().dataSource();
            Devices devices = new Devices(ds, central.clock);
            Users users = new Users(ds, central.clock);
            users.put(new UserAccount("clerk-legacy", "clerk", Role.CLERK, HALL, CentralFixture.SOME_PASSWORD_HASH, false));
            users.put(new UserAccount("chief-legacy", "chief", Role.SUPERVISOR, HALL, CentralFixture.SOME_PASSWORD_HASH, false));
            String oldDevice = (String) PreEnvelopeStores.rows("client-device.jsonl").get(0).get("device_id");
            // The old window was enrolled with the old centre (its events are there); it comes back by an administrator's code.
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO device (device_id, device_code, hall, region, token_hash) VALUES ('" + oldDevice
                        + "', 'NCNL', '" + HALL + "', '330100', 'lost-with-the-old-build')");
            }
            Enrollment old = devices.enroll(new EnrollRequest(devices.issueReenrollmentCode(oldDevice, Duration.ofHours(1),
                    "administrator"), oldDevice, "NCNL", ""));
            Enrollment other = devices.enroll(new EnrollRequest(devices.issueEnrollmentCode(HALL, "330100", Duration.ofHours(1)),
                    UUID.randomUUID().toString(), "AAAA", ""));
            String backOffice = new BackOfficeSystems(ds, central.clock).register("SCJG", "市场监管局审批系统");
            Map<String, String> texts = PreEnvelopeStores.hashedTexts();
            List<EventEnvelope> ownEvents = PreEnvelopeStores.rows("client-event-rows.jsonl").stream()
                    .filter(row -> oldDevice.equals(row.get("device_id")))
                    .map(row -> new EventEnvelope(texts.get((String) row.get("event_id")), (String) row.get("hash"), ""))
                    .toList();

            PushResult pushed = Json.read(post(migrated, "/api/sync/push", old.token(),
                    Json.write(new PushRequest(oldDevice, ownEvents))).body(), PushResult.class);
            Object firstCase = PreEnvelopeStores.rows("client-event-rows.jsonl").get(0).get("case_id");
            String caseNumber = (String) PreEnvelopeStores.rows("central-case-registry-rows.jsonl").stream()
                    .filter(row -> row.get("case_id").equals(firstCase)).findFirst().orElseThrow().get("case_number");
            HttpResponse<String> concluded = post(migrated, "/api/backoffice/cases/" + caseNumber + "/conclusion",
                    backOffice, "{\"note\":\"办结\"}");
            PullResponse pulled = Json.read(get(migrated, "/api/sync/pull?limit=100", other.token()).body(), PullResponse.class);

            assertThat(pushed.outcomes()).extracting(o -> o.outcome()).containsExactly(Outcome.DUPLICATE, Outcome.DUPLICATE,
                    Outcome.DUPLICATE, Outcome.STORED, Outcome.STORED, Outcome.STORED);
            assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(201);
            assertThat(pulled.events()).hasSize(9);
            assertThat(pulled.events().subList(0, 8)).extracting(EventEnvelope::body)
                    .containsExactlyInAnyOrderElementsOf(texts.values());
            try (ClientStore window = ClientStore.open(dir.resolve("onewindow.db"), CatalogJson.bundled(),
                    WorkingCalendar.bundled(), central.clock)) {
                // with the keys the page brought: the back office's step is signed by the centre's key for it
                assertThat(window.outbox().applyPulled(pulled.events(), List.of(), List.of(), pulled.keys(), Map.of(), null)
                        .inserted()).isEqualTo(9);
                assertThat(window.events().verify()).isEmpty();
                UUID plainCase = EventCodec.CURRENT.read(pulled.events().get(8).body(), "").caseId();
                CaseState state = window.desk().state(plainCase);
                assertThat(state.status()).isEqualTo(CaseStatus.CONCLUDED);
                assertThat(state.certificateNumber()).isEqualTo("SP2026-0001");
            }
        }
    }

    private static HttpResponse<String> post(Migrated migrated, String path, String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + migrated.server().port()
                        + path)).header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(Migrated migrated, String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + migrated.server().port()
                + path)).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
