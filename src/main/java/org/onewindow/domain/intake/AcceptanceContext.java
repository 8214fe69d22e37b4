package org.onewindow.domain.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.onewindow.domain.catalog.MaterialRequirement;

/**
 * What the acceptance policy decides from.
 *
 * @param requirements       the material list of the selection, already merged for bundles and situations
 * @param checks             the clerk's finding per material code; a material with none counts as unchecked
 * @param today              the day of the decision
 * @param promisedCompletion the case's promised completion date (承诺办结日期); tolerated materials are due by it
 * @param firstReceivingClerk the clerk who first received the applicant and answers for the case (首问负责)
 */
public record AcceptanceContext(List<MaterialRequirement> requirements, List<MaterialCheck> checks, LocalDate today,
        LocalDate promisedCompletion, String firstReceivingClerk) {

    public AcceptanceContext {
        requirements = List.copyOf(requirements);
        checks = List.copyOf(checks);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(promisedCompletion, "promisedCompletion");
        if (firstReceivingClerk == null || firstReceivingClerk.isBlank()) {
            throw new IllegalArgumentException("须记录首问负责的受理人员");
        }
    }
}
