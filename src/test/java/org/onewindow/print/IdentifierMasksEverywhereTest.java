package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.IdNumber;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseFilter;
import org.onewindow.store.CaseRow;
import org.onewindow.store.ClientStore;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.cases.CaseLine;

/**
 * Decision 0018: a number shows the same masked text on the screen's list lines, in the case list, in
 * search results and on the receipt the applicant takes away, read back from the PDF.
 */
class IdentifierMasksEverywhereTest {

    @TempDir
    Path dir;
    private final TestClock clock = TestClock.at(TestClock.MONDAY_MORNING);
    private final User clerk = new User("clerk01", "王晓梅", Role.CLERK);
    private ClientStore store;
    private DocumentFixtures documents;

    @BeforeEach
    void open() {
        store = ClientStore.open(dir.resolve("onewindow.db"), SampleDocuments.catalog(), WorkingCalendar.bundled(), clock);
        documents = new DocumentFixtures(dir.resolve("keys"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Applicant person(IdKind kind, String number) {
        return new Applicant(ApplicantType.PERSON, "申请人" + kind.ordinal(), kind, number, "13800138000", "", "");
    }

    /** The food licence case of the samples, with this applicant and agent, accepted and saved in the store. */
    private CaseState saved(Applicant applicant, Agent agent) {
        Intake sample = SampleDocuments.foodIntake(applicant);
        Intake intake = new Intake(sample.catalogVersion(), sample.itemCodes(), sample.bundleCode(), sample.situationCodes(),
                applicant, agent, sample.materials());
        return Cases.accept(store, clock, clerk, intake, DecisionKind.ACCEPT_WITH_TOLERANCE);
    }

    private String receiptText(CaseState state) throws IOException {
        ApplicationAccepted accepted = (ApplicationAccepted) store.events().eventsOf(state.caseId()).get(0).payload();
        return PdfReading.flatText(documents.renderer.render(new Receipt(accepted, documents.catalog, Delivery.atWindow()),
                SampleDocuments.issue(1)).pdf());
    }

    /** The mask of {@code number} as every place shows it, and the receipt never the whole of a hidden number. */
    private void showsTheSameMaskEverywhere(CaseState state, String typed, IdNumber number) throws IOException {
        String mask = number.masked();
        CaseRow found = store.cases().search(typed, 10).stream()
                .filter(row -> row.caseId().equals(state.caseId())).findFirst().orElseThrow();
        CaseRow listed = store.cases().find(CaseFilter.ALL, 0, 50).rows().stream()
                .filter(row -> row.caseId().equals(state.caseId())).findFirst().orElseThrow();
        CaseLine onScreen = CaseLine.of(listed, clock.today(), clock.today(), date -> false, Localization.chinese());

        assertThat(found.idMasked()).as("search result").isEqualTo(mask);
        assertThat(listed.idMasked()).as("case list").isEqualTo(mask);
        assertThat(onScreen.idMasked()).as("screen").isEqualTo(mask);
        String receipt = receiptText(state);
        assertThat(receipt).as("receipt").contains(number.kind().label() + mask);
        if (!mask.equals(number.text())) {
            assertThat(receipt).doesNotContain(number.text());
        }
    }

    @Test
    void aResidentRecordedFromAnOldNumberAndAResidencePermitAgent() throws IOException {
        Agent agent = new Agent("陈港生", IdKind.RESIDENCE_PERMIT, "810000199408230021", "13900571111");
        CaseState state = saved(person(IdKind.RESIDENT_ID, "110105491231002"), agent);

        showsTheSameMaskEverywhere(state, "110105 19491231 002x", state.intake().applicant().identifier());
        assertThat(state.intake().applicant().identifier().masked()).isEqualTo("110105********002X");
        assertThat(receiptText(state)).contains("陈港生（港澳台居民居住证810000********0021）")
                .doesNotContain("810000199408230021");
    }

    @Test
    void aPassportShowsItsLastThreeOnEveryListAndPaper() throws IOException {
        CaseState state = saved(person(IdKind.PASSPORT, "E12345678"), null);

        showsTheSameMaskEverywhere(state, "e1234 5678", state.intake().applicant().identifier());
        assertThat(state.intake().applicant().identifier().masked()).isEqualTo("******678");
    }

    @Test
    void aCreditCodeIsShownInFullOnEveryListAndPaperAndItsAgentsCardIsMasked() throws IOException {
        Applicant company = new Applicant(ApplicantType.COMPANY, "某某餐饮管理有限公司", IdKind.CREDIT_CODE,
                "914403001922038216", "0571-87001234", "", "李四");
        Agent agent = new Agent("安娜·米勒", IdKind.FOREIGN_PERMANENT_RESIDENT, "DEU110081231002", "13900571111");
        CaseState state = saved(company, agent);

        showsTheSameMaskEverywhere(state, "９１４４０３００１９２２０３８２１６", company.identifier());
        assertThat(receiptText(state)).contains("统一社会信用代码914403001922038216")
                .contains("外国人永久居留身份证DEU********1002").doesNotContain("DEU110081231002");
    }

    @Test
    void everyKindOnTheSampleReceiptIsMaskedAsItsValueTypeSays() throws IOException {
        String receipt = PdfReading.flatText(documents.receipt().pdf());
        for (IdNumber number : List.of(SampleDocuments.company().identifier(),
                SampleDocuments.foodIntake(SampleDocuments.company()).agent().identifier())) {
            assertThat(receipt).contains(number.kind().label() + number.masked());
        }
    }
}
