package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;

/** Whatever is typed at the window is kept exactly, found again, and never harms other cases. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void hostileTextIsStoredExactlyAndStaysSearchable() {
        String longName = "长".repeat(9_990) + "尾巴名字测试";
        List<String> names = List.of(longName, "李😀明🇨🇳", "Robert'); DROP TABLE case_row;--", "王\u0000五", "\"*\" OR NEAR(a b)",
                "%_\\ 百分号", "  前后空格  ");
        TestClock clock = StoreFixture.clockAt("2026-11-23T02:00:00Z");
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            CaseState calm = Cases.accept(store, clock, StoreFixture.CLERK,
                    StoreFixture.completeIntake(StoreFixture.person("平静", "110105199003070023")), DecisionKind.ACCEPT);
            for (String name : names) {
                Applicant applicant = new Applicant(ApplicantType.PERSON, name, IdKind.PASSPORT, "E1234'\"5678", name, name, "");
                CaseState state = Cases.accept(store, clock, StoreFixture.CLERK, StoreFixture.completeIntake(applicant), DecisionKind.ACCEPT);

                assertThat(store.desk().state(state.caseId()).intake().applicant()).isEqualTo(applicant);
                assertThat(store.cases().byCaseId(state.caseId()).orElseThrow().applicantName()).isEqualTo(name);
                String fragment = name.strip().substring(0, Math.min(4, name.strip().length()));
                assertThat(store.cases().search(fragment, 50)).as(fragment).extracting(CaseRow::caseId).contains(state.caseId());
            }
            assertThat(store.cases().search("尾巴名字", 5)).extracting(CaseRow::applicantName).containsExactly(longName);
            assertThat(store.cases().search("😀明🇨", 5)).hasSize(1);
            assertThat(store.cases().search("李😀", 5)).hasSize(1);
            assertThat(store.cases().count()).isEqualTo(names.size() + 1);
            assertThat(store.cases().byCaseId(calm.caseId()).orElseThrow().applicantName()).isEqualTo("平静");
            assertThat(store.events().verify()).isEmpty();
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }
}
