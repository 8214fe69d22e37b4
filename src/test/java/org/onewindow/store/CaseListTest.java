package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;

class CaseListTest {

    @TempDir
    Path dir;
    private final TestClock clock = StoreFixture.clockAt("2026-11-23T02:00:00Z");
    private ClientStore store;
    private CaseState ouyang;
    private CaseState zhang;
    private CaseState zhangWei;

    @BeforeEach
    void openWithThreeCases() {
        store = StoreFixture.open(dir, clock);
        ouyang = accept("欧阳娜娜", "110105199003070023");
        clock.advance(Duration.ofDays(1));
        zhang = accept("张三丰", "310104198512120017");
        zhangWei = accept("张伟", "440106200101010038");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CaseState accept(String name, String id) {
        return Cases.accept(store, clock, StoreFixture.CLERK, StoreFixture.completeIntake(StoreFixture.person(name, id)), DecisionKind.ACCEPT);
    }

    @Test
    void findsPartOfANameFromTheMiddle() {
        assertThat(store.cases().search("阳娜娜", 10)).extracting(CaseRow::caseId).containsExactly(ouyang.caseId());
        assertThat(store.cases().search("三丰", 10)).isEmpty();
    }

    @Test
    void twoCharacterTextMatchesTheStartOfTheName() {
        assertThat(store.cases().search("张伟", 10)).extracting(CaseRow::caseId).containsExactly(zhangWei.caseId());
        assertThat(store.cases().search("张", 10)).extracting(CaseRow::caseId).containsExactlyInAnyOrder(zhang.caseId(), zhangWei.caseId());
    }

    @Test
    void findsByPartOfAnIdNumberOrTheWholeOne() {
        assertThat(store.cases().search("19851212", 10)).extracting(CaseRow::caseId).containsExactly(zhang.caseId());
        assertThat(store.cases().search("310104198512120017", 10)).extracting(CaseRow::caseId).containsExactly(zhang.caseId());
    }

    @Test
    void findsByCaseNumberTypedWithOrWithoutHyphensAndByItemName() {
        String compact = zhang.caseNumber().replace("-", "").toLowerCase();
        assertThat(store.cases().search(compact, 10)).extracting(CaseRow::caseId).containsExactly(zhang.caseId());
        assertThat(store.cases().byCaseNumber(zhang.caseNumber())).map(CaseRow::caseId).contains(zhang.caseId());
        assertThat(store.cases().search("食品经营", 10)).hasSize(3);
    }

    @Test
    void aMistypedCaseNumberIsExplainedNotSearched() {
        String typo = zhang.caseNumber().substring(0, zhang.caseNumber().length() - 1)
                + (zhang.caseNumber().endsWith("A") ? "B" : "A");
        assertThatThrownBy(() -> store.cases().byCaseNumber(typo)).hasMessageContaining("校验位不符");
    }

    @Test
    void listsNewestFirstWithPagingAndFilters() {
        Page<CaseRow> first = store.cases().find(CaseFilter.ALL, 0, 2);
        assertThat(first.rows()).extracting(CaseRow::caseId).containsExactly(zhangWei.caseId(), zhang.caseId());
        assertThat(first.hasMore()).isTrue();
        Page<CaseRow> second = store.cases().find(CaseFilter.ALL, 1, 2);
        assertThat(second.rows()).extracting(CaseRow::caseId).containsExactly(ouyang.caseId());
        assertThat(second.hasMore()).isFalse();

        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(store.cases().find(CaseFilter.ALL.receivedBetween(monday, monday), 0, 10).rows())
                .extracting(CaseRow::caseId).containsExactly(ouyang.caseId());
        assertThat(store.cases().find(CaseFilter.ALL.withStatuses(Set.of(CaseStatus.REFUSED)), 0, 10).rows()).isEmpty();
        assertThat(store.cases().find(CaseFilter.ALL.withDepartment("SCJG"), 0, 10).rows()).hasSize(3);
        assertThat(store.cases().find(CaseFilter.ALL.withDepartment("WSJK"), 0, 10).rows()).isEmpty();
        assertThat(store.cases().find(CaseFilter.text("张").withItem("SCJG-003"), 0, 10).rows()).hasSize(2);
    }

    @Test
    void aStatusFilterPagesThroughSeveralStatusesNewestFirst() {
        clock.advance(Duration.ofDays(1));
        CaseState noticed = store.desk().open(StoreFixture.CLERK, number -> new EventPayload.DeficiencyNotified(number,
                StoreFixture.completeIntake(StoreFixture.person("孙七", "110105199003070023")),
                java.util.List.of(new org.onewindow.domain.intake.Deficiency("M-PMT", "平面图", "缺少", "请补交")), "clerk01"));
        CaseFilter both = CaseFilter.ALL.withStatuses(Set.of(CaseStatus.ACCEPTED, CaseStatus.AWAITING_SUPPLEMENT));

        assertThat(store.cases().find(both, 0, 2).rows()).extracting(CaseRow::caseId).containsExactly(noticed.caseId(), zhangWei.caseId());
        Page<CaseRow> second = store.cases().find(both, 1, 2);
        assertThat(second.rows()).extracting(CaseRow::caseId).containsExactly(zhang.caseId(), ouyang.caseId());
        assertThat(second.hasMore()).isFalse();
        assertThat(store.cases().find(CaseFilter.ALL.withStatuses(Set.of(CaseStatus.AWAITING_SUPPLEMENT))
                .receivedBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24)), 0, 10).rows()).isEmpty();
        assertThat(store.cases().find(CaseFilter.ALL.withStatuses(Set.of(CaseStatus.ACCEPTED)).withDepartment("SCJG"), 0, 10)
                .rows()).hasSize(3);
    }

    @Test
    void todaysCasesAndDeadlinesSoon() {
        assertThat(store.cases().receivedOn(LocalDate.of(2026, 11, 24), 10)).hasSize(2);
        assertThat(store.cases().deadlinesBy(LocalDate.of(2026, 12, 2), 10)).extracting(CaseRow::caseId)
                .containsExactly(ouyang.caseId());
        assertThat(store.cases().deadlinesBy(LocalDate.of(2026, 12, 3), 10)).hasSize(3);
    }

    @Test
    void theProjectionCanBeRebuiltFromTheLogAlone() {
        var before = store.cases().find(CaseFilter.ALL, 0, 10).rows();
        assertThat(store.desk().rebuildProjection()).isEqualTo(3);
        assertThat(store.cases().find(CaseFilter.ALL, 0, 10).rows()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.cases().search("阳娜娜", 10)).hasSize(1);
    }
}
