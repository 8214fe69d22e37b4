package org.onewindow.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.testing.TestClock;

/** A real store on a temporary file with the bundled catalog and calendar, at a clock the test moves. */
final class StoreFixture {

    static final Catalog CATALOG = CatalogJson.bundled();
    static final User CLERK = new User("clerk01", "王晓梅", Role.CLERK);
    static final String FOOD_LICENCE = "SCJG-003";

    private StoreFixture() {
    }

    static TestClock clockAt(String isoInstant) {
        return TestClock.at(isoInstant);
    }

    static ClientStore open(Path dir, Clock clock) {
        return ClientStore.open(dir.resolve("onewindow.db"), CATALOG, WorkingCalendar.bundled(), clock);
    }

    static Applicant person(String name, String idNumber) {
        return new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, idNumber, "13800138000", "", "");
    }

    /** A food business licence application with every material in hand. */
    static Intake completeIntake(Applicant applicant) {
        return intake(applicant, MaterialStatus.PRESENTED_ORIGINAL, null);
    }

    /** The same with the two tolerable materials (设备布局, 平面图) to be brought by {@code promisedBy}. */
    static Intake toleratedIntake(Applicant applicant, LocalDate promisedBy) {
        return intake(applicant, MaterialStatus.TOLERATED, promisedBy);
    }

    private static Intake intake(Applicant applicant, MaterialStatus tolerable, LocalDate promisedBy) {
        List<MaterialCheck> materials = CATALOG.item(FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> m.tolerable()
                        ? new MaterialCheck(m.code(), m.name(), tolerable, promisedBy, "", "")
                        : MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL))
                .toList();
        return new Intake(CATALOG.version(), List.of(FOOD_LICENCE), "", List.of(), applicant, null, materials);
    }
}
