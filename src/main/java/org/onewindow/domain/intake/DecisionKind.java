package org.onewindow.domain.intake;

/** The decisions the Administrative Licensing Law §32 allows at the window. */
public enum DecisionKind {
    ACCEPT("受理"),
    ACCEPT_WITH_TOLERANCE("容缺受理"),
    ACCEPT_ON_COMMITMENT("告知承诺受理"),
    NOTIFY_DEFICIENCIES("一次性告知"),
    REFUSE("不予受理");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean accepts() {
        return this == ACCEPT || this == ACCEPT_WITH_TOLERANCE || this == ACCEPT_ON_COMMITMENT;
    }
}
