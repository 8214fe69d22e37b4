package org.onewindow.central;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * Where a case stands for the back office, folded from its log in clock order: what the next
 * 审查 / 决定 / 办结 / 计时暂停 / 计时恢复 step is allowed to do.
 */
record CaseProgress(boolean accepted, boolean closed, boolean underReview, boolean decided, boolean paused,
                    Set<String> outstandingMaterials) {

    static CaseProgress of(List<CaseEvent> log) {
        boolean accepted = false;
        boolean closed = false;
        boolean underReview = false;
        boolean decided = false;
        boolean paused = false;
        Set<String> outstanding = new HashSet<>();
        for (CaseEvent event : log.stream().sorted(Comparator.comparing(CaseEvent::hlc)).toList()) {
            EventPayload payload = event.payload();
            if (payload instanceof EventPayload.ApplicationAccepted a) {
                accepted = true;
                a.intake().materials().stream().filter(m -> m.status() == MaterialStatus.TOLERATED)
                        .map(MaterialCheck::materialCode).forEach(outstanding::add);
            } else if (payload instanceof EventPayload.DeficiencyNotified) {
                accepted = false;
            } else if (payload instanceof EventPayload.MaterialsSupplemented s) {
                // A supplement after a one-time notice completes the application (§32): it counts as accepted.
                accepted = accepted || !closed;
                s.materials().stream().map(MaterialCheck::materialCode).forEach(outstanding::remove);
            } else if (payload instanceof EventPayload.ReviewStarted) {
                underReview = true;
            } else if (payload instanceof EventPayload.Decided) {
                decided = true;
            } else if (payload instanceof EventPayload.ClockPaused) {
                paused = true;
            } else if (payload instanceof EventPayload.ClockResumed) {
                paused = false;
            } else if (payload instanceof EventPayload.Concluded || payload instanceof EventPayload.ApplicationRefused
                    || payload instanceof EventPayload.Voided) {
                closed = true;
            }
        }
        return new CaseProgress(accepted, closed, underReview, decided, paused, Set.copyOf(outstanding));
    }

    /** Empty when the back office may record this step now; otherwise why not. */
    String refusal(EventPayload step) {
        if (closed) {
            return "案件已办结或已终止，不能再办理";
        }
        if (!accepted) {
            return "案件尚未受理（可能仍在等待补正材料），不能进入审批";
        }
        if (step instanceof EventPayload.ReviewStarted) {
            return underReview ? "案件已在审查中" : "";
        }
        if (!underReview) {
            return "案件尚未开始审查";
        }
        if (step instanceof EventPayload.ClockPaused) {
            return paused ? "计时已暂停" : decided ? "已作出决定，不能再暂停计时" : "";
        }
        if (step instanceof EventPayload.ClockResumed) {
            return paused ? "" : "计时未暂停，无需恢复";
        }
        if (paused) {
            return "计时暂停中（听证、检验、专家评审），请先恢复计时";
        }
        if (step instanceof EventPayload.Decided) {
            return decided ? "已作出决定，不能重复决定" : "";
        }
        if (step instanceof EventPayload.Concluded) {
            if (!decided) {
                return "尚未作出决定，不能办结";
            }
            return outstandingMaterials.isEmpty() ? ""
                    : "容缺材料尚未补齐，不能办结：" + String.join("、", outstandingMaterials.stream().sorted().toList());
        }
        return "审批系统不能记录此类事件";
    }
}
