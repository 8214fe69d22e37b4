package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
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
    void aCaseRecordedWithAnOldFifteenDigitNumberIsFoundByItAndByItsEighteenDigitForm() {
        CaseState old = accept("刘一代", "110105491231002");

        CaseRow row = store.cases().byCaseId(old.caseId()).orElseThrow();
        assertThat(row.idNumber()).isEqualTo("11010519491231002X");
        assertThat(row.idMasked()).isEqualTo("110105********002X");
        for (String typed : List.of("110105491231002", "11010519491231002X", "11010519491231002x", "110105 19491231 002X",
                "110105-1949-1231-002x", "１１０１０５１９４９１２３１００２Ｘ", "１１０１０５４９１２３１００２")) {
            assertThat(store.cases().search(typed, 10)).as(typed).extracting(CaseRow::caseId).containsExactly(old.caseId());
            assertThat(store.cases().find(CaseFilter.text(typed), 0, 10).rows()).as("case list: " + typed)
                    .extracting(CaseRow::caseId).containsExactly(old.caseId());
        }
    }

    @Test
    void aCaseRecordedWithTheEighteenDigitNumberIsFoundByTheOldFifteenDigitOne() {
        CaseState upgraded = accept("刘二代", "11010519491231002X");

        assertThat(store.cases().search("110105491231002", 10)).extracting(CaseRow::caseId).containsExactly(upgraded.caseId());
        assertThat(store.cases().find(CaseFilter.text("110105491231002").withItem(StoreFixture.FOOD_LICENCE), 0, 10).rows())
                .extracting(CaseRow::caseId).containsExactly(upgraded.caseId());
    }

    @Test
    void partOfANumberTypedWithSpacesOrFullWidthDigitsIsFoundToo() {
        assertThat(store.cases().search("1985 1212", 10)).extracting(CaseRow::caseId).containsExactly(zhang.caseId());
        assertThat(store.cases().find(CaseFilter.text("１９８５１２１２"), 0, 10).rows()).extracting(CaseRow::caseId)
                .containsExactly(zhang.caseId());
    }

    @Test
    void aPassportIsListedWithItsLastThreeAndACreditCodeInFull() {
        CaseState foreigner = Cases.accept(store, clock, StoreFixture.CLERK, StoreFixture.completeIntake(
                new Applicant(ApplicantType.PERSON, "John Smith", IdKind.PASSPORT, "e12345678", "13800138000", "", "")),
                DecisionKind.ACCEPT);
        CaseState company = Cases.accept(store, clock, StoreFixture.CLERK, StoreFixture.completeIntake(
                new Applicant(ApplicantType.COMPANY, "某某餐饮有限公司", IdKind.CREDIT_CODE, "914403001922038216", "13800138000",
                        "", "李四")), DecisionKind.ACCEPT);

        assertThat(store.cases().search("E12345678", 10)).singleElement().satisfies(row -> {
            assertThat(row.caseId()).isEqualTo(foreigner.caseId());
            assertThat(row.idMasked()).isEqualTo("******678");
        });
        assertThat(store.cases().search("91440300 1922038216", 10)).singleElement().satisfies(row -> {
            assertThat(row.caseId()).isEqualTo(company.caseId());
            assertThat(row.idMasked()).isEqualTo("914403001922038216");
        });
    }

    @Test
    void aProjectionWrittenByOlderRulesIsRebuiltWhenTheStoreOpensAfterTheMigration() throws Exception {
        CaseState old = accept("刘一代", "110105491231002");
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             Statement s = c.createStatement()) {
            // What the projection held before 0018: the number as recorded and the old kind-less mask.
            s.execute("UPDATE case_row SET id_number = '110105491231002', id_masked = '110105*****1002' WHERE case_id = '"
                    + old.caseId() + "'");
            s.execute("INSERT INTO projection_rebuild (reason) VALUES ('test')");
        }
        store = StoreFixture.open(dir, clock);

        assertThat(store.cases().byCaseId(old.caseId()).orElseThrow().idMasked()).isEqualTo("110105********002X");
        assertThat(store.cases().search("11010519491231002X", 10)).extracting(CaseRow::caseId).containsExactly(old.caseId());
        assertThat(store.cases().count()).isEqualTo(4);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onewindow.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM projection_rebuild")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the request is done once").isZero();
        }
    }

    @Test
    void theProjectionCanBeRebuiltFromTheLogAlone() {
        var before = store.cases().find(CaseFilter.ALL, 0, 10).rows();
        assertThat(store.desk().rebuildProjection()).isEqualTo(3);
        assertThat(store.cases().find(CaseFilter.ALL, 0, 10).rows()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.cases().search("阳娜娜", 10)).hasSize(1);
    }
}
