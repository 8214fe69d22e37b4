package org.onewindow.ui.supplement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.SupplementCase;
import org.onewindow.app.Workstation;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialLine;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.Localization;

/** 补齐补正 on a real store: what the window records when the applicant comes back with materials. */
class SupplementViewModelTest {

    static final String FOOD_LICENCE = "SCJG-003";
    /** A working Monday in 2026, so the food licence's limits stay inside the calendar's data. */
    static final Clock MONDAY = Clock.fixed(Instant.parse("2026-09-07T02:00:00Z"), CaseFold.ZONE);
    static final Catalog CATALOG = CatalogJson.bundled();

    @TempDir Path dir;
    private Workstation workstation;
    private ClientStore store;
    private User clerk;
    private SupplementViewModel supplement;

    @BeforeEach
    void openScreen() {
        workstation = Workstation.openDemo(DataDirectory.of(dir), MONDAY);
        store = workstation.store();
        clerk = store.users().create("clerk02", "周敏", Role.CLERK, "Clerk@2026".toCharArray());
        supplement = new SupplementViewModel(workstation.supplementCase(), new CurrentThreadTaskExecutor(),
                Localization.chinese(), clerk);
    }

    @AfterEach
    void closeStore() {
        workstation.close();
    }

    private static List<MaterialRequirement> requirements() {
        return Selection.ofItems(CATALOG, List.of(FOOD_LICENCE), ApplicantType.PERSON, Set.of()).materials().lines()
                .stream().map(MaterialLine::requirement).toList();
    }

    /** A food licence application with the first {@code missing} required materials not brought. */
    private static Intake intakeMissing(int missing) {
        List<MaterialRequirement> required = requirements().stream().filter(MaterialRequirement::required).toList();
        List<MaterialCheck> checks = requirements().stream().map(r -> MaterialCheck.of(r.code(), r.name(),
                required.indexOf(r) >= 0 && required.indexOf(r) < missing ? MaterialStatus.MISSING : MaterialStatus.PRESENTED_ORIGINAL))
                .toList();
        Applicant applicant = new Applicant(ApplicantType.PERSON, "林补正", IdKind.RESIDENT_ID, "11010519491231002X",
                "13800138000", "", "");
        return new Intake(CATALOG.version(), List.of(FOOD_LICENCE), "", List.of(), applicant, null, checks);
    }

    private CaseState notifiedCaseMissing(int missing) {
        return workstation.takeApplication().take(clerk, intakeMissing(missing), DecisionKind.NOTIFY_DEFICIENCIES);
    }

    /** A well-formed number (valid check character) that another window's device code gave. */
    private static String numberOfAnotherWindow(CaseState here) {
        CaseNumber number = CaseNumber.parse(here.caseNumber());
        return new CaseNumber("ZZZZ", number.day(), number.serial()).text();
    }

    private void bring(OwedLine line, MaterialStatus status) {
        line.broughtProperty().set(status);
    }

    @Test
    void notifiedCaseIsAcceptedUnderItsOwnNumberOnceEveryDeficiencyIsBrought() {
        CaseState notified = notifiedCaseMissing(2);

        supplement.find(notified.caseNumber());
        assertThat(supplement.problemProperty().get()).isEmpty();
        assertThat(supplement.lines()).hasSize(2);
        bring(supplement.lines().get(0), MaterialStatus.PRESENTED_ORIGINAL);
        bring(supplement.lines().get(1), MaterialStatus.PRESENTED_COPY);
        supplement.record("申请人补来两份材料");

        CaseState after = store.desk().state(notified.caseId());
        assertThat(after.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(after.caseNumber()).isEqualTo(notified.caseNumber());
        assertThat(after.openDeficiencies()).isEmpty();
        assertThat(supplement.acceptedProperty().get()).isEqualTo(after);
        assertThat(supplement.outcomeProperty().get()).contains("已受理").contains(notified.caseNumber());
        assertThat(supplement.problemProperty().get()).isEmpty();
    }

    @Test
    void partialSupplementIsRecordedAndTheCaseKeepsWaiting() {
        CaseState notified = notifiedCaseMissing(2);

        supplement.open(notified.caseId());
        OwedLine brought = supplement.lines().get(0);
        bring(brought, MaterialStatus.PRESENTED_ORIGINAL);
        supplement.record("");

        CaseState after = store.desk().state(notified.caseId());
        assertThat(after.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(after.openDeficiencies()).hasSize(1);
        assertThat(after.supplements()).extracting(MaterialCheck::materialCode).containsExactly(brought.materialCode());
        assertThat(supplement.lines()).extracting(OwedLine::materialCode).doesNotContain(brought.materialCode()).hasSize(1);
        assertThat(supplement.acceptedProperty().get()).isNull();
        assertThat(supplement.outcomeProperty().get()).isEqualTo("已登记 1 项材料，仍有 1 项待补");
    }

    @Test
    void toleratedMaterialBroughtLaterIsNoLongerOutstanding() {
        LocalDate promised = LocalDate.ofInstant(MONDAY.instant(), CaseFold.ZONE).plusDays(3);
        List<MaterialCheck> checks = intakeMissing(0).materials().stream()
                .map(m -> requirements().stream().anyMatch(r -> r.code().equals(m.materialCode()) && r.tolerable())
                        ? new MaterialCheck(m.materialCode(), m.materialName(), MaterialStatus.TOLERATED, promised, "", "")
                        : m)
                .toList();
        Intake base = intakeMissing(0);
        CaseState tolerated = workstation.takeApplication().take(clerk, new Intake(base.catalogVersion(), base.itemCodes(),
                "", List.of(), base.applicant(), null, checks), DecisionKind.ACCEPT_WITH_TOLERANCE);
        assertThat(tolerated.outstandingMaterials()).isNotEmpty();

        supplement.find(" " + tolerated.caseNumber() + " ");
        assertThat(supplement.lines()).extracting(OwedLine::materialCode)
                .containsExactlyElementsOf(tolerated.outstandingMaterials().stream().map(MaterialCheck::materialCode).toList());
        assertThat(supplement.lines().get(0).why()).contains(promised.toString());
        supplement.lines().forEach(line -> bring(line, MaterialStatus.PRESENTED_ORIGINAL));
        supplement.record("容缺材料补齐");

        CaseState after = store.desk().state(tolerated.caseId());
        assertThat(after.outstandingMaterials()).isEmpty();
        assertThat(after.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(supplement.lines()).isEmpty();
        assertThat(supplement.outcomeProperty().get()).contains("全部补齐");
        assertThat(SupplementCase.owesMaterials(after)).isFalse();
    }

    @Test
    void nothingMarkedAsBroughtIsRefusedInChineseAndNothingIsSaved() {
        CaseState notified = notifiedCaseMissing(1);
        supplement.open(notified.caseId());

        supplement.record("");

        assertThat(supplement.problemProperty().get()).isEqualTo("请至少将一项材料标为“已收原件”或“已收复印件”");
        assertThat(store.desk().state(notified.caseId()).eventCount()).isEqualTo(notified.eventCount());
    }

    @Test
    void mistypedOrUnknownCaseNumbersGetAChineseMessage() {
        supplement.open(notifiedCaseMissing(1).caseId());
        supplement.find("不是编号");
        assertThat(supplement.problemProperty().get()).isNotBlank().doesNotContainPattern("[A-Za-z]{6,}");
        assertThat(supplement.currentProperty().get()).as("the case shown before is dropped").isNull();
        assertThat(supplement.lines()).isEmpty();

        CaseState elsewhere = notifiedCaseMissing(1);
        String unknown = numberOfAnotherWindow(elsewhere);
        supplement.find(unknown);
        assertThat(supplement.problemProperty().get()).startsWith("本机没有受理编号为 " + unknown + " 的案件；");
        assertThat(supplement.currentProperty().get()).isNull();
    }

    @Test
    void aNumberNotHereIsAskedOfTheCentreOnlyWithTheApplicantsIdNumber() {
        CaseState elsewhere = notifiedCaseMissing(1);
        String unknown = numberOfAnotherWindow(elsewhere);
        // enrolled with a centre nobody listens at: the fetch is tried for real and fails to connect
        store.recordEnrollment(store.device().deviceCode(), "http://127.0.0.1:9", "token-for-no-server");
        SupplementViewModel enrolled = new SupplementViewModel(workstation.supplementCase(),
                new CurrentThreadTaskExecutor(), Localization.chinese(), clerk);

        enrolled.find(unknown);

        // The centre hands a case of another window over only with its applicant's document number (issue 9).
        assertThat(enrolled.problemProperty().get()).startsWith("本机没有受理编号为 " + unknown + " 的案件")
                .contains("申请人的证件号码");
        assertThat(enrolled.currentProperty().get()).isNull();
    }

    @Test
    void aCaseNoEventOpenedIsNotShown() {
        supplement.open(UUID.randomUUID());

        assertThat(supplement.problemProperty().get()).isEqualTo("请先输入受理编号查找案件");
        assertThat(supplement.currentProperty().get()).isNull();
    }
}
