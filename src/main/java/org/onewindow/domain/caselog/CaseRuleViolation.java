package org.onewindow.domain.caselog;

/** An event that may not be recorded on a case in its present state; the message is for the clerk. */
public class CaseRuleViolation extends IllegalStateException {

    public CaseRuleViolation(String message) {
        super(message);
    }
}
