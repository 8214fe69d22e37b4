package org.onewindow.app;

import java.nio.file.Path;
import java.util.List;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.DataDirectory;
import org.onewindow.testing.TestClock;

/** A real workstation in a temporary data directory (with its demo accounts) on a clock the test moves. */
final class AppFixture implements AutoCloseable {

    static final Catalog CATALOG = CatalogJson.bundled();
    static final User CLERK = new User("clerk01", "王晓梅", Role.CLERK);
    static final String FOOD_LICENCE = "SCJG-003";
    /** 居民身份证换领: promised 20, statutory 60 working days. */
    static final String ID_CARD_RENEWAL = "GAHZ-003";

    final TestClock clock;
    final Workstation workstation;

    AppFixture(Path dir, String isoInstant) {
        clock = TestClock.at(isoInstant);
        workstation = Workstation.openDemo(DataDirectory.of(dir), clock);
    }

    static Applicant person(String name) {
        return new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, "110105194912310046", "13800138000", "", "");
    }

    /** Every material of {@code itemCode} as found, the tolerable ones as {@code tolerable}. */
    static Intake intake(String itemCode, String name, MaterialStatus tolerable, java.time.LocalDate promisedBy) {
        List<MaterialCheck> materials = CATALOG.item(itemCode).orElseThrow().materials().stream()
                .map(m -> m.tolerable() && tolerable == MaterialStatus.TOLERATED
                        ? new MaterialCheck(m.code(), m.name(), MaterialStatus.TOLERATED, promisedBy, "", "")
                        : MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL))
                .toList();
        return new Intake(CATALOG.version(), List.of(itemCode), "", List.of(), person(name), null, materials);
    }

    static Intake complete(String itemCode, String name) {
        return intake(itemCode, name, MaterialStatus.PRESENTED_ORIGINAL, null);
    }

    @Override
    public void close() {
        workstation.close();
    }
}
