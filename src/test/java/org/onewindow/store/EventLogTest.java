package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.Cases;

/** The log is append-only and its hash chain shows any change made behind the application's back. */
class EventLogTest {

    @TempDir
    Path dir;
    private final Clock clock = StoreFixture.clockAt("2026-11-23T02:00:00Z");

    private void threeCases() {
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            for (String name : new String[] {"张三", "李四", "王五"}) {
                Cases.accept(store, clock, StoreFixture.CLERK, StoreFixture.completeIntake(
                        StoreFixture.person(name, "110105199003070023")), DecisionKind.ACCEPT);
            }
            assertThat(store.events().verify()).isEmpty();
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void eventsCannotBeChangedOrDeletedThroughSql() {
        threeCases();
        assertThatThrownBy(() -> sql("UPDATE event SET actor = 'mallory' WHERE device_seq = 2")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("DELETE FROM event WHERE device_seq = 2")).hasMessageContaining("never deleted");
    }

    @Test
    void onlyTheSyncColumnsMayChange() throws Exception {
        threeCases();
        sql("UPDATE event SET sync_state = 'SYNCED', sync_error = '' WHERE device_seq = 2");
    }

    @Test
    void anEditedEventIsFoundByTheChainCheck() throws Exception {
        threeCases();
        sql("DROP TRIGGER event_immutable", "UPDATE event SET body = replace(body, '李四', '李斯') WHERE device_seq = 2");
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            assertThat(store.events().verify()).singleElement().satisfies(b -> {
                assertThat(b.deviceSeq()).isEqualTo(2);
                assertThat(b.problem()).contains("已被改动");
            });
        }
    }

    @Test
    void aColumnChangedBehindTheBodyIsFoundByTheChainCheck() throws Exception {
        threeCases();
        // Moving an event to another case through the column the queries read: the body, and its hash, still say otherwise.
        sql("DROP TRIGGER event_immutable",
                "UPDATE event SET case_id = (SELECT case_id FROM event WHERE device_seq = 1) WHERE device_seq = 2");
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            assertThat(store.events().verify()).singleElement().satisfies(b -> {
                assertThat(b.deviceSeq()).isEqualTo(2);
                assertThat(b.problem()).contains("索引列与其正文不一致");
            });
        }
    }

    @Test
    void aDeletedEventLeavesAGapInTheDevicesOwnChain() throws Exception {
        threeCases();
        sql("DROP TRIGGER event_never_deleted", "DELETE FROM event WHERE device_seq = 2");
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            assertThat(store.events().verify()).singleElement().satisfies(b -> {
                assertThat(b.deviceSeq()).isEqualTo(3);
                assertThat(b.problem()).contains("缺少第2号");
            });
        }
    }

    @Test
    void reopeningDoesNotMigrateAgainAndKeepsTheDevice() {
        threeCases();
        String deviceId;
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            deviceId = store.device().deviceId();
            assertThat(store.events().size()).isEqualTo(3);
        }
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            assertThat(store.device().deviceId()).isEqualTo(deviceId);
            assertThat(store.cases().count()).isEqualTo(3);
        }
    }
}
