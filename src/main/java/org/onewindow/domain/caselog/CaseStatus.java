package org.onewindow.domain.caselog;

/** A case's status, with the exchange codes used by the provincial platforms. */
public enum CaseStatus {
    DRAFT("01", "草稿"),
    RECEIVED("02", "收件"),
    PRE_ACCEPTED("03", "预受理"),
    PRE_ACCEPTANCE_RETURNED("04", "预受理退回"),
    ACCEPTED("05", "受理"),
    AWAITING_SUPPLEMENT("06", "补齐补正"),
    REFUSED("07", "不予受理"),
    IN_PROGRESS("08", "在办"),
    SUSPENDED("09", "挂起"),
    CONCLUDED("10", "办结"),
    FORWARDED_AND_CONCLUDED("11", "转报办结"),
    VOIDED("12", "作废办结"),
    RETURNED("13", "退件"),
    OTHER("99", "其他");

    private final String code;
    private final String label;

    CaseStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** No further work is expected on the case. */
    public boolean closed() {
        return this == REFUSED || this == CONCLUDED || this == FORWARDED_AND_CONCLUDED
                || this == VOIDED || this == RETURNED;
    }
}
