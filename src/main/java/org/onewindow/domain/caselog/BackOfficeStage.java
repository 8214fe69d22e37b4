package org.onewindow.domain.caselog;

/**
 * Where an accepted case stands with the department that decides it (分类审批), as the back office's events say:
 * sent, under review, paused with a reason (§45), decided, concluded.
 */
public enum BackOfficeStage {
    NOT_SENT("未分送"),
    SENT("已分送，待审批部门接件"),
    UNDER_REVIEW("审查中"),
    PAUSED("暂停计时"),
    DECIDED("已决定"),
    CONCLUDED("已办结"),
    CLOSED_AT_WINDOW("窗口已结案");

    private final String label;

    BackOfficeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage of a case as folded. */
    public static BackOfficeStage of(CaseState state) {
        CaseStatus status = state.status();
        if (status == CaseStatus.CONCLUDED) {
            return CONCLUDED;
        }
        if (!state.opened() || status == CaseStatus.AWAITING_SUPPLEMENT) {
            return NOT_SENT;
        }
        if (status.closed()) {
            return CLOSED_AT_WINDOW;
        }
        if (state.approved() != null) {
            return DECIDED;
        }
        if (state.paused()) {
            return PAUSED;
        }
        return state.reviewingDepartment().isEmpty() ? SENT : UNDER_REVIEW;
    }

    /** The back office has not taken the case up yet: it was sent and nothing came back. */
    public boolean waitingForPickUp() {
        return this == SENT;
    }
}
