package org.onewindow.domain.catalog;

/**
 * How a limit counts its days (计算单位): working days (工作日, as 行政许可法 §82 counts the Licensing Law's own
 * periods and as most registration rules say) or calendar days (日), as some regulations write them.
 */
public enum DayUnit {
    WORKING_DAYS("个工作日"),
    DAYS("日");

    private final String label;

    DayUnit(String label) {
        this.label = label;
    }

    /** The unit as printed after the number: 3个工作日, 60日. */
    public String label() {
        return label;
    }
}
