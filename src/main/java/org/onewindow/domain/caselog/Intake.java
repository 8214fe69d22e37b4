package org.onewindow.domain.caselog;

import java.util.List;
import java.util.Objects;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.intake.MaterialCheck;

/**
 * What was taken in at the window (收件): the items or bundle under the catalog version in force,
 * the situations, the applicant and agent, and the finding for each material.
 *
 * @param bundleCode empty when the items were applied for one by one
 * @param agent      null when the applicant came in person
 */
public record Intake(String catalogVersion, List<String> itemCodes, String bundleCode,
                     List<String> situationCodes, Applicant applicant, Agent agent,
                     List<MaterialCheck> materials) {

    public Intake {
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(applicant, "applicant");
        itemCodes = List.copyOf(itemCodes);
        situationCodes = List.copyOf(situationCodes);
        materials = List.copyOf(materials);
        bundleCode = bundleCode == null ? "" : bundleCode;
        if (itemCodes.isEmpty()) {
            throw new IllegalArgumentException("an intake names at least one item");
        }
    }
}
