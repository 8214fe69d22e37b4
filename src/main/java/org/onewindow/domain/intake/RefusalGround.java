package org.onewindow.domain.intake;

/**
 * The only grounds on which the window may refuse to accept an application (不予受理), those of 行政许可法 §32(1):
 * the matter needs no licence (第（一）项: told at once that it is not accepted), or it is not within this authority's
 * powers (第（二）项: refused at once, and told which authority to apply to). Whether the applicant meets the conditions
 * is decided after review (§38: 不予行政许可), never at the window; refusals recorded earlier on other grounds keep
 * their text.
 */
public enum RefusalGround {
    NO_LICENCE_REQUIRED("申请事项依法不需要取得行政许可", "第（一）项"),
    NOT_THIS_AUTHORITY("申请事项依法不属于本行政机关职权范围", "第（二）项");

    private final String label;
    private final String clause;

    RefusalGround(String label, String clause) {
        this.label = label;
        this.clause = clause;
    }

    public String label() {
        return label;
    }

    /** The 项 of 行政许可法 §32(1) the ground is. */
    public String clause() {
        return clause;
    }

    /** The ground a recorded refusal's reason starts with, or null for one recorded on another ground. */
    public static RefusalGround ofStatement(String reason) {
        for (RefusalGround ground : values()) {
            if (reason != null && reason.startsWith(ground.label)) {
                return ground;
            }
        }
        return null;
    }
}
