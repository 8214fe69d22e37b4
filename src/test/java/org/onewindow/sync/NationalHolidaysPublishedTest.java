package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.Workstation;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.PasswordHash;

/**
 * The State Council's 2027 holidays published at a real centre (on embedded PostgreSQL, over HTTP): the window
 * that accepted a case counts its provisional dates again and sends the recount; another window of the hall
 * takes it and does not recount the case itself; a recount sent by a window that did not open the case is refused.
 */
class NationalHolidaysPublishedTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();
    private static final String HALL = "HALL-NATIONAL";

    private static Workstation enrolled(Path dir, String clerk) throws Exception {
        central.users.put(new UserAccount(clerk, "窗口 " + clerk, Role.CLERK, HALL,
                PasswordHash.hash("Window@2026".toCharArray()), false));
        Workstation workstation = Workstation.open(DataDirectory.of(dir), central.clock);
        workstation.centre().enroll(URI.create(central.url()),
                central.devices.issueEnrollmentCode(HALL, "330100", Duration.ofHours(1)));
        workstation.centre().syncNow();
        return workstation;
    }

    private static Intake idCardRenewal(String name) {
        var catalog = org.onewindow.codec.CatalogJson.bundled();
        List<MaterialCheck> materials = catalog.item("GAHZ-003").orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(catalog.version(), List.of("GAHZ-003"), "", List.of(),
                new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, "11010519491231002X", "13800138000", "", ""),
                null, materials);
    }

    private static List<EventPayload.DeadlinesRecalculated> recounts(Workstation workstation, CaseState state) {
        return workstation.store().events().eventsOf(state.caseId()).stream().map(CaseEvent::payload)
                .filter(EventPayload.DeadlinesRecalculated.class::isInstance)
                .map(EventPayload.DeadlinesRecalculated.class::cast).toList();
    }

    @Test
    void theOpeningWindowRecountsOnceAndTheHallSeesIt(@TempDir Path dirA, @TempDir Path dirB) throws Exception {
        central.clock.set(Instant.parse("2026-12-28T02:00:00Z"));
        try (Workstation a = enrolled(dirA, "clerk-national-a"); Workstation b = enrolled(dirB, "clerk-national-b")) {
            User clerkA = new User("clerk-national-a", "窗口 A", Role.CLERK);
            CaseState accepted = a.takeApplication().take(clerkA, idCardRenewal("公布甲"), DecisionKind.ACCEPT);
            assertThat(accepted.promisedProvisional()).isTrue();
            a.centre().syncNow();
            b.centre().syncNow();

            int year = central.publications.publishNationalYear(Path.of(NationalHolidaysPublishedTest.class
                    .getResource("/calendar/holiday-cn-2027-hypothetical.json").toURI()));
            a.centre().syncNow(); // pulls 2027 and recounts
            a.centre().syncNow(); // sends the recount
            b.centre().syncNow(); // pulls 2027 and the recount

            assertThat(year).isEqualTo(2027);
            assertThat(a.calendar().publishedUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(b.calendar().publishedUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(recounts(a, accepted)).hasSize(1);
            assertThat(recounts(b, accepted)).as("the hall's other window takes the recount, and makes none").hasSize(1);
            CaseState atB = b.cases().detail(accepted.caseId()).state();
            assertThat(atB.promisedProvisional()).isFalse();
            assertThat(atB.deadlineNote()).contains("2027年节假日安排");
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ? AND event_type = ?",
                    accepted.caseId(), EventType.DEADLINES_RECALCULATED.name())).isEqualTo(1);
            assertThat(a.centre().overview().unsent()).isZero();
        }
    }

    @Test
    void aRecountFromAWindowThatDidNotOpenTheCaseIsRefused(@TempDir Path dirA, @TempDir Path dirB) throws Exception {
        central.clock.set(Instant.parse("2026-12-28T02:00:00Z"));
        try (Workstation a = enrolled(dirA, "clerk-spoof-a"); Workstation b = enrolled(dirB, "clerk-spoof-b")) {
            CaseState accepted = a.takeApplication().take(new User("clerk-spoof-a", "窗口 A", Role.CLERK),
                    idCardRenewal("冒充乙"), DecisionKind.ACCEPT);
            a.centre().syncNow();
            b.centre().syncNow();

            b.store().desk().record(User.SYSTEM, accepted.caseId(), new EventPayload.DeadlinesRecalculated(
                    LocalDate.of(2027, 2, 26), LocalDate.of(2027, 4, 30), false, false, 2027, "冒充的重算"));
            SyncRound round = b.centre().syncNow();

            assertThat(round.rejected()).singleElement().asString().contains("只能由受理该案件的设备记录");
            assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ? AND event_type = ?",
                    accepted.caseId(), EventType.DEADLINES_RECALCULATED.name())).isZero();
        }
    }
}
