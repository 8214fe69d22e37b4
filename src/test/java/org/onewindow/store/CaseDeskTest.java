package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;

/** The case log's writer on a real SQLite file: numbers, all-or-nothing steps, rules checked where events are kept. */
class CaseDeskTest {

    @TempDir
    Path dir;
    private final TestClock clock = StoreFixture.clockAt("2026-11-23T02:00:00Z");
    private ClientStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(dir, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CaseState accept(String name) {
        return Cases.accept(store, clock, StoreFixture.CLERK,
                StoreFixture.completeIntake(StoreFixture.person(name, "110105194912310029")), DecisionKind.ACCEPT);
    }

    @Test
    void openingACaseGivesItTheDevicesNumberOfTheDayAndAListRow() {
        CaseState state = Cases.accept(store, clock, StoreFixture.CLERK,
                StoreFixture.completeIntake(StoreFixture.person("张三丰", "11010519491231002X")), DecisionKind.ACCEPT);

        assertThat(state.status()).isEqualTo(CaseStatus.ACCEPTED);
        CaseNumber number = CaseNumber.parse(state.caseNumber());
        assertThat(number.deviceCode()).isEqualTo(store.device().deviceCode());
        assertThat(number.day()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(number.serial()).isEqualTo(1);
        CaseRow row = store.cases().byCaseId(state.caseId()).orElseThrow();
        assertThat(row.caseNumber()).isEqualTo(state.caseNumber());
        assertThat(row.applicantName()).isEqualTo("张三丰");
        assertThat(row.idMasked()).isEqualTo("110105********002X");
        assertThat(row.itemNames()).isEqualTo("食品经营许可");
        assertThat(row.syncState()).isEqualTo(SyncState.PENDING);
        assertThat(store.events().verify()).isEmpty();
    }

    @Test
    void caseNumbersOfOneDayCountUpAndStartAgainTheNextDay() {
        accept("李四");
        CaseState second = accept("李四");
        clock.advance(Duration.ofDays(1));
        CaseState nextDay = accept("李四");

        assertThat(CaseNumber.parse(second.caseNumber()).serial()).isEqualTo(2);
        assertThat(CaseNumber.parse(nextDay.caseNumber()).serial()).isEqualTo(1);
        assertThat(CaseNumber.parse(nextDay.caseNumber()).day()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void stepsOnOneCaseAreKeptAllOrNothing() {
        CaseState accepted = accept("王五");
        long events = store.events().size();

        assertThatThrownBy(() -> store.desk().append(StoreFixture.CLERK, accepted.caseId(), new CaseDesk.Step() {
            private int step;

            @Override
            public EventPayload next(CaseState current) {
                return switch (++step) {
                    case 1 -> new EventPayload.MaterialsSupplemented(
                            List.of(MaterialCheck.of("M-SBBJ", "设备布局", MaterialStatus.PRESENTED_ORIGINAL)), "");
                    case 2 -> new EventPayload.Concluded("办结"); // a clerk may not conclude: the whole step fails
                    default -> null;
                };
            }
        })).isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("办结");

        assertThat(store.events().size()).isEqualTo(events);
        assertThat(store.desk().state(accepted.caseId()).supplements()).isEmpty();
    }

    @Test
    void anEventTheRulesForbidIsNotWritten() {
        store.users().create("super01", "李建国", org.onewindow.domain.staff.Role.SUPERVISOR, "Super@2026".toCharArray());
        var supervisor = store.users().confirmSupervisor("super01", "Super@2026".toCharArray());
        CaseState refused = store.desk().open(supervisor, number -> new EventPayload.ApplicationRefused(number,
                StoreFixture.completeIntake(StoreFixture.person("赵六", "110105194912310029")), "不属于本机关职权范围",
                StoreFixture.CLERK.userId(), supervisor.userId()));

        assertThatThrownBy(() -> store.desk().record(StoreFixture.CLERK, refused.caseId(), new EventPayload.MaterialsSupplemented(
                List.of(MaterialCheck.of("M-SBBJ", "设备布局", MaterialStatus.PRESENTED_ORIGINAL)), "")))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("不予受理");
        assertThat(store.events().eventsOf(refused.caseId())).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("super01"));
    }

    @Test
    void aCaseNotKeptHereIsNotFound() {
        assertThatThrownBy(() -> store.desk().record(StoreFixture.CLERK, java.util.UUID.randomUUID(),
                new EventPayload.Evaluated(5, ""))).isInstanceOf(Problem.NotFound.class);
    }

    @Test
    void aPrintedDocumentIsArchivedWithItsEventInOneGo() {
        CaseState accepted = accept("钱七");
        String number = store.desk().nextDocumentNumber("政服受").text();
        byte[] pdf = "%PDF-1.7 receipt".getBytes(StandardCharsets.UTF_8);

        ArchivedDocument archived = store.desk().recordPrinted(StoreFixture.CLERK, accepted.caseId(), "受理通知书", number, false, pdf);

        assertThat(number).isEqualTo("政服受" + store.device().deviceCode() + "〔2026〕1号");
        assertThat(store.documents().latest(accepted.caseId(), "受理通知书").orElseThrow().pdf()).isEqualTo(pdf);
        assertThat(store.desk().state(accepted.caseId()).documents()).singleElement()
                .satisfies(d -> assertThat(d.sha256()).isEqualTo(archived.sha256()));
    }
}
