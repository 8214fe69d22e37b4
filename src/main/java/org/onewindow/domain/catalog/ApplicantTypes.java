package org.onewindow.domain.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Applicant-type sets kept in declaration order, so a catalog is always written the same way. */
final class ApplicantTypes {

    private ApplicantTypes() {
    }

    static Set<ApplicantType> ordered(Collection<ApplicantType> types) {
        return types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
    }
}
