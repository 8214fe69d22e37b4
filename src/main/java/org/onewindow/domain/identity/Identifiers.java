package org.onewindow.domain.identity;

import java.time.LocalDate;
import java.util.Objects;

/** Checks an identifier by the kind of document the applicant presents; the window's single entry point. */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * Checks {@code value} as a number of {@code kind}.
     *
     * @param today the window's today, for birth dates in the future
     */
    public static IdentifierCheck check(IdKind kind, String value, LocalDate today) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(today, "today");
        return switch (kind) {
            case RESIDENT_ID -> ResidentIdNumber.checkResidentId(value, today);
            case RESIDENCE_PERMIT -> ResidentIdNumber.checkResidencePermit(value, today);
            case FOREIGN_PERMANENT_RESIDENT -> ResidentIdNumber.checkForeignPermanentResident(value, today);
            case PASSPORT -> PassportNumber.check(value);
            case CREDIT_CODE -> CreditCode.check(value);
        };
    }

    /**
     * Hides the middle of an identifier on lists and on copies that leave the hall
     * (e.g. {@code 110105********002X}): the region and the last four stay readable for matching.
     */
    public static String mask(String value) {
        String text = Findings.clean(value);
        int length = text.length();
        if (length >= 15) {
            return text.substring(0, 6) + "*".repeat(length - 10) + text.substring(length - 4);
        }
        if (length == 11 && text.startsWith("1")) {
            return text.substring(0, 3) + "****" + text.substring(7);
        }
        if (length > 4) {
            return text.substring(0, 2) + "*".repeat(length - 4) + text.substring(length - 2);
        }
        return "*".repeat(length);
    }
}
