package org.onewindow.domain.intake;

import java.util.Objects;
import org.onewindow.domain.Problem;

/**
 * A clerk's proposal to refuse the application. It has no effect until a supervisor confirms it
 * (窗口无否决权), and it always states its reason in writing, since the refusal notice must.
 *
 * @param reason the written reason, e.g. which authority the applicant should turn to instead
 */
public record RefusalProposal(RefusalGround ground, String reason) {

    public RefusalProposal {
        Objects.requireNonNull(ground, "ground");
        if (reason == null || reason.isBlank()) {
            throw new Problem.InvalidInput("不予受理须书面说明理由，请填写理由");
        }
        reason = reason.strip();
    }

    /** The ground and the reason as the refusal notice and the case log state them. */
    public String statement() {
        return ground.label() + "。" + reason;
    }
}
