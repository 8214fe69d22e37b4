package org.onewindow.app;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialLine;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.intake.AcceptanceContext;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.AcceptancePolicy;
import org.onewindow.domain.intake.RefusalProposal;

/**
 * The acceptance policy applied to what was taken in, as the use cases apply it before they record: the
 * material list of the intake's items (or bundle) and situations under the catalog in force, the findings,
 * today and the promised date. The screen shows the same policy's answer while the clerk works; the use case
 * decides again here, so what is recorded never rests on a screen's word.
 */
final class Decisions {

    private final AcceptancePolicy policy = new AcceptancePolicy();
    private final Supplier<Catalog> catalog;
    private final DueDates dueDates;

    Decisions(Supplier<Catalog> catalog, DueDates dueDates) {
        this.catalog = catalog;
        this.dueDates = dueDates;
    }

    AcceptanceDecision decide(Intake intake, String firstClerk) {
        return policy.decide(contextFor(intake, firstClerk));
    }

    AcceptanceDecision proposeRefusal(Intake intake, String firstClerk, RefusalProposal proposal) {
        return policy.proposeRefusal(contextFor(intake, firstClerk), proposal);
    }

    private AcceptanceContext contextFor(Intake intake, String firstClerk) {
        Set<String> situations = Set.copyOf(intake.situationCodes());
        Catalog current = catalog.get();
        Selection selection = intake.bundleCode().isEmpty()
                ? Selection.ofItems(current, intake.itemCodes(), intake.applicant().type(), situations)
                : Selection.ofBundle(current, intake.bundleCode(), intake.applicant().type(), situations);
        List<MaterialRequirement> requirements = selection.materials().lines().stream()
                .map(MaterialLine::requirement).toList();
        return new AcceptanceContext(requirements, intake.materials(), dueDates.today(),
                dueDates.forItems(intake.itemCodes()).promisedDate(), firstClerk);
    }
}
