package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.store.PasswordHash;
import org.onewindow.store.SyncState;
import org.onewindow.testing.Cases;

/**
 * The whole way round, against a real PostgreSQL, the real HTTP service on loopback and two real
 * client stores: accepted at window A with a tolerated gap, supplemented at window B of another hall
 * (fetched by number), approved and concluded by the back office, seen concluded at both windows.
 */
class TwoWindowsAndTheBackOfficeTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();
    private static String backOffice;

    @BeforeAll
    static void start() {
        backOffice = central.backOffice.register("SCJG", "市场监管局审批系统");
    }

    private static void backOffice(String caseNumber, String step, String body) {
        HttpResponse<String> response = central.post("/api/backoffice/cases/" + caseNumber + "/" + step, backOffice, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aCaseAcceptedAtOneWindowAndSupplementedAtAnotherIsSeenConcludedAtBoth(@TempDir(factory = SyncWindow.InMemory.class) Path dirA, @TempDir(factory = SyncWindow.InMemory.class) Path dirB)
            throws Exception {
        try (SyncWindow a = SyncWindow.enrolled(central, dirA, "HALL-CITY", "clerk-city");
             SyncWindow b = SyncWindow.enrolled(central, dirB, "HALL-TOWN", "clerk-town")) {
            a.sync.syncNow();
            b.sync.syncNow();

            CaseState accepted = Cases.accept(a.store, a.clock, a.clerk(), SyncWindow.foodLicence("张三",
                    MaterialStatus.TOLERATED, LocalDate.of(2026, 11, 30)), DecisionKind.ACCEPT_WITH_TOLERANCE);
            SyncRound fromA = a.sync.syncNow();

            b.sync.fetchCase(accepted.caseNumber(), "11010519491231002X");
            List<MaterialCheck> brought = accepted.outstandingMaterials().stream()
                    .map(m -> MaterialCheck.of(m.materialCode(), m.materialName(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
            b.store.desk().record(b.clerk(), accepted.caseId(), new EventPayload.MaterialsSupplemented(brought, "容缺材料补齐"));
            SyncRound fromB = b.sync.syncNow();

            backOffice(accepted.caseNumber(), "review", "{\"department\":\"市场监管局\",\"note\":\"\"}");
            backOffice(accepted.caseNumber(), "decision", "{\"approved\":true,\"note\":\"准予许可\"}");
            backOffice(accepted.caseNumber(), "conclusion", "{\"note\":\"办结\"}");
            a.sync.syncNow();
            b.sync.syncNow();

            assertThat(fromA.stored()).isEqualTo(1);
            assertThat(fromB.stored()).isEqualTo(1);
            for (SyncWindow window : List.of(a, b)) {
                assertThat(window.store.desk().state(accepted.caseId()).status()).isEqualTo(CaseStatus.CONCLUDED);
                assertThat(window.store.cases().byCaseId(accepted.caseId()).orElseThrow().status()).isEqualTo(CaseStatus.CONCLUDED);
                assertThat(window.store.events().eventsOf(accepted.caseId())).hasSize(5);
                assertThat(window.store.events().verify()).isEmpty();
                assertThat(window.sync.status().waiting()).isZero();
                assertThat(window.sync.status().online()).isTrue();
            }
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", accepted.caseId())).isEqualTo(5);
            assertThat(a.store.cases().byCaseId(accepted.caseId()).orElseThrow().syncState()).isEqualTo(SyncState.SYNCED);
        }
    }

    @Test
    void aVoidBySomeoneTheCentreKnowsAsAClerkIsKeptAsRejectedWithItsReasonAndBlocksNothing(@TempDir(factory = SyncWindow.InMemory.class) Path dir)
            throws Exception {
        try (SyncWindow window = SyncWindow.enrolled(central, dir, "HALL-ROLE", "clerk-role")) {
            window.sync.syncNow();
            Cases.accept(window.store, window.clock, window.clerk(), SyncWindow.completeFoodLicence("李四"), DecisionKind.ACCEPT);
            // A supervisor account made at this window while offline; the centre knows the person as a clerk.
            central.users.put(new UserAccount("chief-role", "值班长", Role.CLERK, "HALL-ROLE",
                    PasswordHash.hash("Chief@2026".toCharArray()), false));
            window.store.users().create("chief-role", "值班长", Role.SUPERVISOR, "Chief@2026".toCharArray());
            CaseState second = Cases.accept(window.store, window.clock, window.clerk(), SyncWindow.completeFoodLicence("王五"), DecisionKind.ACCEPT);
            var chief = window.store.users().confirmSupervisor("chief-role", "Chief@2026".toCharArray());
            window.store.desk().record(chief, second.caseId(), new EventPayload.Voided("录入错误", chief.userId()));

            SyncRound round = window.sync.syncNow();

            assertThat(round.stored()).isEqualTo(2);
            assertThat(round.rejected()).singleElement().asString().contains("作废").contains("窗口负责人");
            assertThat(window.sync.status().failed()).singleElement().satisfies(failed -> {
                assertThat(failed.rejected()).isTrue();
                assertThat(failed.reason()).contains("作废");
            });
        }
    }
}
