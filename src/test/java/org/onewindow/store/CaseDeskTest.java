package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseRuleViolation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.testing.TestClock;

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

    @Test
    void acceptingOpensACaseWithANumberDatesAndAListRow() {
        CaseState state = store.desk().accept(StoreFixture.CLERK,
                StoreFixture.completeIntake(StoreFixture.person("张三丰", "11010519491231002X")), DecisionKind.ACCEPT);

        assertThat(state.status()).isEqualTo(CaseStatus.ACCEPTED);
        CaseNumber number = CaseNumber.parse(state.caseNumber());
        assertThat(number.deviceCode()).isEqualTo(store.device().deviceCode());
        assertThat(number.day()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(number.serial()).isEqualTo(1);
        // 食品经营许可: promised 7, statutory 20 working days from Monday 2026-11-23
        assertThat(state.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(state.statutoryDeadline()).isEqualTo(LocalDate.of(2026, 12, 21));

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
        var intake = StoreFixture.completeIntake(StoreFixture.person("李四", "110105194912310029"));
        store.desk().accept(StoreFixture.CLERK, intake, DecisionKind.ACCEPT);
        CaseState second = store.desk().accept(StoreFixture.CLERK, intake, DecisionKind.ACCEPT);
        clock.advance(java.time.Duration.ofDays(1));
        CaseState nextDay = store.desk().accept(StoreFixture.CLERK, intake, DecisionKind.ACCEPT);

        assertThat(CaseNumber.parse(second.caseNumber()).serial()).isEqualTo(2);
        assertThat(CaseNumber.parse(nextDay.caseNumber()).serial()).isEqualTo(1);
        assertThat(CaseNumber.parse(nextDay.caseNumber()).day()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aToleratedCaseCannotConcludeUntilTheMaterialsAreSupplied() {
        CaseState accepted = store.desk().accept(StoreFixture.CLERK, StoreFixture.toleratedIntake(
                StoreFixture.person("王五", "110105194912310029"), LocalDate.of(2026, 11, 30)), DecisionKind.ACCEPT_WITH_TOLERANCE);
        List<String> tolerable = StoreFixture.CATALOG.item(StoreFixture.FOOD_LICENCE).orElseThrow().materials().stream()
                .filter(m -> m.tolerable()).map(m -> m.code()).toList();
        assertThat(tolerable).contains("M-SBBJ").hasSizeGreaterThan(1);
        assertThat(accepted.outstandingMaterials()).extracting(MaterialCheck::materialCode).containsExactlyElementsOf(tolerable);
        assertThat(accepted.toleranceDeadline()).isEqualTo(LocalDate.of(2026, 11, 30));

        CaseState supplied = store.desk().supplement(StoreFixture.CLERK, accepted.caseId(),
                List.of(MaterialCheck.of("M-SBBJ", "设备布局", MaterialStatus.PRESENTED_ORIGINAL)), "带来了设备布局图");
        assertThat(supplied.outstandingMaterials()).extracting(MaterialCheck::materialCode)
                .containsExactlyElementsOf(tolerable.subList(1, tolerable.size()));
        assertThat(org.onewindow.domain.caselog.CaseRules.violation(supplied,
                new org.onewindow.domain.caselog.EventPayload.Concluded(""), org.onewindow.domain.caselog.Role.BACK_OFFICE))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("容缺材料尚未补齐"));
    }

    @Test
    void aToleranceDateAfterThePromisedDateIsRefused() {
        var intake = StoreFixture.toleratedIntake(StoreFixture.person("王五", "110105194912310029"), LocalDate.of(2026, 12, 20));
        assertThatThrownBy(() -> store.desk().accept(StoreFixture.CLERK, intake, DecisionKind.ACCEPT_WITH_TOLERANCE))
                .hasMessageContaining("晚于承诺办结日期");
        assertThat(store.cases().count()).isZero();
        assertThat(store.events().size()).isZero();
    }

    @Test
    void aRefusalNeedsASupervisorsPasswordAndIsRecordedInTheirName() {
        store.users().create("super01", "李建国", org.onewindow.domain.caselog.Role.SUPERVISOR, "Super@2026".toCharArray());
        var intake = StoreFixture.completeIntake(StoreFixture.person("赵六", "110105194912310029"));

        assertThatThrownBy(() -> store.desk().refuse(StoreFixture.CLERK, intake, "不属于本机关职权范围", "super01", "wrong-pass".toCharArray()))
                .hasMessageContaining("负责人确认失败");
        CaseState refused = store.desk().refuse(StoreFixture.CLERK, intake, "不属于本机关职权范围", "super01", "Super@2026".toCharArray());

        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(store.events().eventsOf(refused.caseId())).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("super01"));
        assertThatThrownBy(() -> store.desk().supplement(StoreFixture.CLERK, refused.caseId(),
                List.of(MaterialCheck.of("M-SBBJ", "设备布局", MaterialStatus.PRESENTED_ORIGINAL)), ""))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("不予受理");
    }

    @Test
    void aPrintedDocumentIsArchivedWithItsEventInOneGo() {
        CaseState accepted = store.desk().accept(StoreFixture.CLERK,
                StoreFixture.completeIntake(StoreFixture.person("钱七", "110105194912310029")), DecisionKind.ACCEPT);
        String number = store.desk().nextDocumentNumber("政服受").text();
        byte[] pdf = "%PDF-1.7 receipt".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ArchivedDocument archived = store.desk().recordPrinted(StoreFixture.CLERK, accepted.caseId(), "受理通知书", number, false, pdf);

        assertThat(number).isEqualTo("政服受〔2026〕" + store.device().deviceCode() + "-1号");
        assertThat(store.documents().latest(accepted.caseId(), "受理通知书").orElseThrow().pdf()).isEqualTo(pdf);
        assertThat(store.desk().state(accepted.caseId()).documents()).singleElement()
                .satisfies(d -> assertThat(d.sha256()).isEqualTo(archived.sha256()));
    }

    @Test
    void aStatutoryDeadlineBeyondTheCalendarIsLeftOpenWhileThePromisedDateIsKept() {
        // 居民身份证换领: promised 20, statutory 60 working days; the bundled calendar ends 2026-12-31
        String idCardRenewal = "GAHZ-003";
        List<MaterialCheck> materials = StoreFixture.CATALOG.item(idCardRenewal).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        var intake = new org.onewindow.domain.caselog.Intake(StoreFixture.CATALOG.version(), List.of(idCardRenewal), "",
                List.of(), StoreFixture.person("赵六", "110105194912310029"), null, materials);

        CaseState state = store.desk().accept(StoreFixture.CLERK, intake, DecisionKind.ACCEPT);

        assertThat(state.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(state.statutoryDeadline()).isNull();
        assertThat(store.cases().byCaseId(state.caseId()).orElseThrow().statutoryDeadline()).isNull();
    }

    @Test
    void aPromisedDateBeyondTheCalendarIsRefusedInTheCalendarsWords() {
        clock.advance(java.time.Duration.ofDays(32)); // 2026-12-25: 7 working days (食品经营许可) lead into 2027
        var intake = StoreFixture.completeIntake(StoreFixture.person("钱七", "110105194912310029"));

        assertThatThrownBy(() -> store.desk().accept(StoreFixture.CLERK, intake, DecisionKind.ACCEPT))
                .isInstanceOf(org.onewindow.domain.calendar.OutsideCoverageException.class)
                .hasMessageContaining("2026-12-31");
        assertThat(store.events().size()).isZero();
    }
}
