package org.onewindow.codec.sync;

import java.util.Objects;

/**
 * A window asks the centre for a case received elsewhere (补正 at another window): its number and, as the second
 * factor that shows the applicant is at the counter, the applicant's own document number.
 */
public record CaseLookup(String caseNumber, String applicantIdNumber) {
    public CaseLookup {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(applicantIdNumber, "applicantIdNumber");
    }

    @Override
    public String toString() {
        return "CaseLookup[" + caseNumber + "]";
    }
}
