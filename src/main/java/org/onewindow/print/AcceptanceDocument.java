package org.onewindow.print;

import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.caselog.Intake;

/**
 * A paper made from a case's acceptance (受理): its number and intake are the acceptance's, and its key fields — what
 * the verification code keeps — are the case's; a paper that promises a date adds it by overriding {@link #keyFields}.
 */
interface AcceptanceDocument extends CaseDocument {

    ApplicationAccepted accepted();

    @Override
    default String caseNumber() {
        return accepted().caseNumber();
    }

    @Override
    default Intake intake() {
        return accepted().intake();
    }

    @Override
    default Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(accepted().caseNumber(), accepted().intake(), issue);
    }
}
