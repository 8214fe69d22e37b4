package org.onewindow.domain.identity;

/** The outcome of checking an identifier. */
public enum Verdict {
    VALID("有效"),
    INVALID("无效"),
    /**
     * Well formed, but the check character does not match. Some early pilot-region credit codes are
     * like this and still legal, so a supervisor may accept it with a recorded reason.
     */
    CHECKSUM_OVERRIDABLE("校验位不符：如为试点地区早期代码，可由窗口负责人核实后登记"),
    /** A {@link #CHECKSUM_OVERRIDABLE} code a supervisor accepted with a recorded reason. */
    OVERRIDDEN("校验位不符，已由窗口负责人核准登记");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the identifier may be recorded on a case. */
    public boolean accepted() {
        return this == VALID || this == OVERRIDDEN;
    }
}
