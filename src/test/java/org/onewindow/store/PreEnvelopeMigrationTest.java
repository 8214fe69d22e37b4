package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.Json;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.Cases;
import org.onewindow.testing.PreEnvelopeStores;
import org.onewindow.testing.TestClock;

/**
 * A window's store as the last build before the envelope left it (three cases, its own events sent and unsent,
 * the back office's events pulled), rebuilt row by row and opened by this build: migration V5 runs once and
 * every hash, chain link and folded state stays what it was.
 */
class PreEnvelopeMigrationTest {

    private static final List<String> OLD_SCRIPTS = Migrations.SCRIPTS.subList(0, 3);

    @TempDir
    Path dir;
    private final TestClock clock = TestClock.at("2026-11-23T03:00:00Z");
    private final List<Map<String, Object>> oldRows = PreEnvelopeStores.rows("client-event-rows.jsonl");

    @BeforeEach
    void writeTheStoreAsTheOldBuildLeftIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, "
                    + "checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (String script : OLD_SCRIPTS) {
                try (InputStream in = Migrations.class.getResourceAsStream("/db/client/" + script)) {
                    for (String statement : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(statement);
                    }
                }
            }
            insert(c, "schema_version", PreEnvelopeStores.rows("client-schema-version.jsonl"));
            insert(c, "device", PreEnvelopeStores.rows("client-device.jsonl"));
            insert(c, "event", oldRows);
        }
    }

    private static void insert(Connection c, String table, List<Map<String, Object>> rows) throws Exception {
        for (Map<String, Object> row : rows) {
            String columns = String.join(", ", row.keySet());
            String marks = row.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
                int i = 1;
                for (Object value : row.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
        }
    }

    private ClientStore open() {
        return StoreFixture.open(dir, clock);
    }

    @Test
    void keepsEveryHashAndChainLinkAndTheOldBytesAsTheBodies() throws Exception {
        try (ClientStore store = open()) {
            assertThat(store.events().verify()).isEmpty();
            assertThat(store.events().size()).isEqualTo(oldRows.size());
        }
        Map<String, String> texts = PreEnvelopeStores.hashedTexts();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             PreparedStatement select = c.prepareStatement("SELECT event_id, body, hash, signature FROM event ORDER BY seq");
             ResultSet rs = select.executeQuery()) {
            int n = 0;
            while (rs.next()) {
                Map<String, Object> old = oldRows.get(n++);
                assertThat(rs.getString(1)).isEqualTo(old.get("event_id"));
                assertThat(rs.getString(3)).isEqualTo(old.get("hash"));
                assertThat(rs.getString(2)).isEqualTo(texts.get(rs.getString(1)))
                        .contains("\"hash\":\"\"", "\"@type\":\"" + old.get("type") + "\"");
                assertThat(EventHash.of(rs.getString(2))).isEqualTo(old.get("hash"));
                assertThat(rs.getString(4)).isEmpty();
            }
            assertThat(n).isEqualTo(8);
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    @Test
    void foldsEveryCaseExactlyAsTheOldBuildDid() throws Exception {
        try (ClientStore store = open()) {
            List<Map<String, Object>> states = PreEnvelopeStores.rows("client-states.jsonl");
            assertThat(states).hasSize(3);
            for (Map<String, Object> row : states) {
                UUID caseId = UUID.fromString((String) row.get("caseId"));
                JsonNode before = Json.mapper().readTree((String) row.get("state"));
                ObjectNode now = Json.mapper().valueToTree(store.desk().state(caseId));
                // every field the old build folded is folded the same; fields a later CaseState gained are not its
                now.retain(iterable(before.fieldNames()));
                assertThat(now).isEqualTo(before);
            }
            assertThat(store.desk().rebuildProjection()).isEqualTo(3);
        }
    }

    @Test
    void stillSendsTheUnsentEventsAndChainsNewOnesOnTheOldHash() {
        try (ClientStore store = open()) {
            assertThat(store.outbox().pending(10)).extracting(e -> e.event().type()).containsExactly(
                    EventType.CERTIFICATE_ISSUED, EventType.MATERIALS_SUPPLEMENTED, EventType.APPLICATION_REFUSED);
            String lastOwnHash = store.outbox().pending(10).get(2).sealed().hash();

            CaseState next = Cases.accept(store, clock, StoreFixture.CLERK,
                    StoreFixture.completeIntake(StoreFixture.person("赵六", "110105194912310029")), DecisionKind.ACCEPT);

            CaseEvent appended = store.events().eventsOf(next.caseId()).get(0);
            assertThat(appended.previousHash()).isEqualTo(lastOwnHash);
            assertThat(appended.deviceSeq()).isEqualTo(7);
            assertThat(store.events().verify()).isEmpty();
        }
    }

    @Test
    void migratesOnceAndKeepsTheLogAppendOnly() throws Exception {
        try (ClientStore store = open()) {
            assertThat(store.events().size()).isEqualTo(8);
        }
        try (ClientStore store = open()) {
            assertThat(store.events().verify()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), max(version) FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Migrations.SCRIPTS.size());
                assertThat(rs.getInt(2)).isEqualTo(Migrations.SCRIPTS.size());
            }
            assertThatThrownBy(() -> s.execute("UPDATE event SET body = body || ' ' WHERE device_seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("UPDATE event SET signature = 'forged' WHERE device_seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("SELECT payload FROM event")).hasMessageContaining("payload");
        }
    }
}
