package org.onewindow.domain.intake;

/** What the clerk found for one material at the window. */
public enum MaterialStatus {
    NOT_CHECKED("未核验"),
    PRESENTED_ORIGINAL("已收原件"),
    PRESENTED_COPY("已收复印件"),
    MISSING("缺少"),
    DEFECTIVE("不符合要求"),
    TOLERATED("容缺后补"),
    COMMITMENT("告知承诺替代"),
    ELECTRONIC_LICENCE("电子证照调取"),
    EARLIER_CASE("前案材料复用");

    private final String label;

    MaterialStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The material is in hand or lawfully replaced, so it does not hold the case back. */
    public boolean satisfied() {
        return this == PRESENTED_ORIGINAL || this == PRESENTED_COPY || this == COMMITMENT
                || this == ELECTRONIC_LICENCE || this == EARLIER_CASE;
    }
}
