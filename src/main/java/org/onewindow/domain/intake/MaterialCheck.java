package org.onewindow.domain.intake;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The clerk's finding for one material of the checklist.
 *
 * @param promisedBy      for {@link MaterialStatus#TOLERATED}: the date the applicant promises to bring it
 * @param problem         for {@link MaterialStatus#DEFECTIVE}: what is wrong with it
 * @param sourceReference for electronic licences or earlier cases: where it came from
 */
public record MaterialCheck(
        String materialCode,
        String materialName,
        MaterialStatus status,
        LocalDate promisedBy,
        String problem,
        String sourceReference) {

    public MaterialCheck {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(materialName, "materialName");
        Objects.requireNonNull(status, "status");
        problem = problem == null ? "" : problem;
        sourceReference = sourceReference == null ? "" : sourceReference;
    }

    public static MaterialCheck of(String code, String name, MaterialStatus status) {
        return new MaterialCheck(code, name, status, null, "", "");
    }
}
