package org.onewindow.domain.intake;

import java.time.LocalDate;

/** A material accepted as missing under 容缺受理, owed by the applicant by the date they signed for. */
public record OwedMaterial(String materialCode, String materialName, LocalDate promisedBy) {
}
