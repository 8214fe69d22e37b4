package org.onewindow.domain.caselog;

import org.onewindow.domain.staff.Role;

/** The event types of a case log, with the role needed to record each. */
public enum EventType {
    APPLICATION_ACCEPTED("受理", Role.CLERK),
    DEFICIENCY_NOTIFIED("一次性告知", Role.CLERK),
    APPLICATION_REFUSED("不予受理", Role.SUPERVISOR),
    MATERIALS_SUPPLEMENTED("补齐补正", Role.CLERK),
    REVIEW_STARTED("审查", Role.BACK_OFFICE),
    DECIDED("决定", Role.BACK_OFFICE),
    CLOCK_PAUSED("计时暂停", Role.BACK_OFFICE),
    CLOCK_RESUMED("计时恢复", Role.BACK_OFFICE),
    CERTIFICATE_ISSUED("出证", Role.CLERK),
    CONCLUDED("办结", Role.BACK_OFFICE),
    DELIVERED("送达", Role.CLERK),
    EVALUATED("评价", Role.CLERK),
    VOIDED("作废", Role.SUPERVISOR),
    DOCUMENT_PRINTED("打印", Role.CLERK);

    private final String label;
    private final Role requiredRole;

    EventType(String label, Role requiredRole) {
        this.label = label;
        this.requiredRole = requiredRole;
    }

    public String label() {
        return label;
    }

    public Role requiredRole() {
        return requiredRole;
    }
}
