package org.onewindow.domain.intake;

/** The grounds on which the window may refuse to accept an application (不予受理, 行政许可法 §32). */
public enum RefusalGround {
    NO_LICENCE_REQUIRED("申请事项依法不需要取得行政许可"),
    NOT_THIS_AUTHORITY("申请事项依法不属于本行政机关职权范围"),
    APPLICANT_NOT_ELIGIBLE("申请人不具备申请资格"),
    OTHER("其他");

    private final String label;

    RefusalGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
