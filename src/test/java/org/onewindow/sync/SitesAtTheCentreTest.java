package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.HandOver;
import org.onewindow.app.Workstation;
import org.onewindow.central.CentralFixture;
import org.onewindow.central.SiteLists;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.User;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.SyncState;

/**
 * Decision 10 at the trust boundary: the centre judges a pushed event with the windows' own {@code SiteMandate}, so a
 * modified window cannot have an agent accept an item the township was not given, nor a hall's window open a proxy
 * file; a site's laptop pulls its own site's cases, not the hall's.
 */
class SitesAtTheCentreTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    @Test
    void theCentreStoresAnAgentsDecisionOnlyOnDevolvedItemsAndProxyFilesOnlyFromTheirSite(@TempDir Path dir) throws Exception {
        AgentWeek week = new AgentWeek(central, dir, 5L, System.out);
        try {
            week.setUp();
            Workstation township = Workstation.open(DataDirectory.of(dir.resolve("township")), central.clock);
            township.centre().enroll(URI.create(central.url()), new SiteLists(central.database.dataSource())
                    .issueEnrollmentCode(central.devices, week.hall, "330100", "XH-JC", Duration.ofHours(1)));
            township.centre().syncNow();
            User agent = signIn(township, "agent-" + week.hall);

            CaseState devolved = township.takeApplication().take(agent, intakeOf("SCJG-001", "个体户"), DecisionKind.ACCEPT);
            // what a modified window could write: its own store takes it, the centre must not
            LocalDate today = LocalDate.now(central.clock);
            Intake food = AgentWeek.intake("越权者");
            CaseState forged = township.store().desk().open(agent, number -> new EventPayload.ApplicationAccepted(number, food,
                    DecisionKind.ACCEPT, today.plusDays(9), today.plusDays(28), null, agent.userId(),
                    BigDecimal.ZERO, 7, 20, false, false));
            CaseState hallProxy = week.window.store().desk().open(week.clerk, number -> new EventPayload.ProxyFileOpened(number,
                    food, week.clerk.userId(), "王晓梅", AgentWeek.SITE, new Authorisation(Authorisation.Method.PRINTED_LETTER, ""),
                    DecisionKind.ACCEPT, List.of(), today.plusDays(3)));
            // the village point may carry only the items on its list: 交通 JT-001 is not
            week.link.down(false);
            CaseState offList = week.site.store().desk().open(week.agent, number -> new EventPayload.ProxyFileOpened(number,
                    intakeOf("JT-001", "车主"), week.agent.userId(), "赵春燕", AgentWeek.SITE,
                    new Authorisation(Authorisation.Method.PRINTED_LETTER, ""), DecisionKind.ACCEPT, List.of(), today.plusDays(3)));
            township.centre().syncNow();
            week.window.centre().syncNow();
            week.site.centre().syncNow();

            assertThat(refusal(township, forged)).contains("SCJG-003").contains("未下放").contains("本条未保存");
            assertThat(refusal(township, devolved)).isEmpty();
            assertThat(refusal(week.window, hallProxy)).contains("代办件只能由代办点的设备").contains("本条未保存");
            assertThat(refusal(week.site, offList)).contains("JT-001").contains("代办清单").contains("本条未保存");
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", devolved.caseId())).isEqualTo(1);
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", forged.caseId())).isZero();
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", hallProxy.caseId())).isZero();
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", offList.caseId())).isZero();

            // the village laptop pulls its site's cases only: not the township centre's, which the hall sees
            CaseState villageFile = week.site.proxyIntake().take(week.agent, AgentWeek.intake("村里人"),
                    new Authorisation(Authorisation.Method.PRINTED_LETTER, ""), DecisionKind.ACCEPT);
            String batch = week.site.handOver().handOver(week.agent, List.of(villageFile.caseId()), Map.of(), "").number();
            week.site.centre().syncNow();
            week.window.centre().syncNow();
            assertThat(week.window.store().events().eventsOf(devolved.caseId())).hasSize(1);
            assertThat(week.window.store().events().eventsOf(villageFile.caseId())).hasSize(2);
            week.window.receiveHandover().receive(week.clerk, villageFile.caseId(), batch, HandOver.papersOf(villageFile), "");
            week.window.centre().syncNow();
            week.site.centre().syncNow();
            township.centre().syncNow();
            assertThat(week.site.store().events().eventsOf(villageFile.caseId())).as("what the hall did with its own file")
                    .hasSize(3);
            // the proxy file is the hall's case from the site's first event (decision record 0027): the centre stores the
            // hall's receipt under 0020's ownership rules, with no refusal at the hall's window
            assertThat(refusal(week.window, villageFile)).isEmpty();
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ?", villageFile.caseId())).isEqualTo(3);
            assertThat(week.site.store().desk().state(villageFile.caseId()).custody().stage().atSite()).isFalse();
            assertThat(week.site.store().events().eventsOf(devolved.caseId())).as("another site's case").isEmpty();
            assertThat(township.store().events().eventsOf(villageFile.caseId())).as("another site's case").isEmpty();
            township.close();
        } finally {
            week.close();
        }
    }

    private static String refusal(Workstation station, CaseState state) {
        return station.store().outbox().problems(100).stream()
                .filter(entry -> entry.event().caseId().equals(state.caseId()))
                .filter(entry -> entry.state() == SyncState.DEAD_LETTER).map(entry -> entry.lastError()).findFirst().orElse("");
    }

    private static Intake intakeOf(String item, String name) {
        Intake food = AgentWeek.intake(name);
        List<MaterialCheck> materials = AgentWeek.CATALOG.item(item).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(food.catalogVersion(), List.of(item), "", List.of(), food.applicant(), null, materials);
    }

    private static User signIn(Workstation station, String userId) {
        if (station.signIn().login(userId, AgentWeek.PASSWORD.toCharArray()) instanceof LoginResult.SignedIn signedIn) {
            return signedIn.user();
        }
        throw new IllegalStateException(userId);
    }
}
