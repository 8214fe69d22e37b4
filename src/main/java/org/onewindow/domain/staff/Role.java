package org.onewindow.domain.staff;

/**
 * Who may record what. A supervisor may do all a clerk may; an agent (帮办代办员) records what a
 * clerk records, on behalf of applicants at township and village sites.
 */
public enum Role {
    CLERK("窗口受理人员"),
    AGENT("帮办代办员"),
    SUPERVISOR("窗口负责人"),
    ADMINISTRATOR("系统管理员"),
    BACK_OFFICE("审批科室"),
    /** The workstation itself, recording what follows from published data (期限重算), never a person. */
    SYSTEM("系统");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a person in this role may record an event that needs {@code required}. */
    public boolean mayRecord(Role required) {
        return switch (required) {
            case CLERK, AGENT -> this == CLERK || this == AGENT || this == SUPERVISOR;
            case SUPERVISOR -> this == SUPERVISOR;
            case BACK_OFFICE -> this == BACK_OFFICE;
            case ADMINISTRATOR -> this == ADMINISTRATOR;
            case SYSTEM -> this == SYSTEM;
        };
    }
}
