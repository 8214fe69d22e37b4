package org.onewindow.domain.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onewindow.domain.Problem;
import org.onewindow.domain.staff.Role;

/**
 * What the window decides for an application (受理决定), and why, in lines a clerk can read out.
 * The policy recomputes it on every change of the checklist, so it is also the live preview.
 *
 * @param explanation        the reasons in Chinese: the conclusion first, then one line per material
 * @param deficiencies       for {@link DecisionKind#NOTIFY_DEFICIENCIES}: everything the notice must list
 * @param owedMaterials      for {@link DecisionKind#ACCEPT_WITH_TOLERANCE}: what the applicant still owes
 * @param toleranceDeadline  the latest date an owed material is due (容缺补齐期限); null without tolerance
 * @param postVerification   a material was replaced by the applicant's commitment: verify later (事后核查)
 * @param materialSources    materials taken from electronic licences or earlier cases, with their origin
 * @param unchecked          required materials without a finding yet, or found 不符合要求 without the note; a
 *                           notice is only final, and a conclusion only announced, at 0
 * @param responsibleClerk   the clerk who first received the applicant (首问负责)
 * @param refusal            the proposed refusal for {@link DecisionKind#REFUSE}; null otherwise
 * @param refusalConfirmedBy the supervisor who confirmed the refusal; null until then
 */
public record AcceptanceDecision(
        DecisionKind kind,
        List<String> explanation,
        List<Deficiency> deficiencies,
        List<OwedMaterial> owedMaterials,
        LocalDate toleranceDeadline,
        boolean postVerification,
        List<MaterialSource> materialSources,
        int unchecked,
        String responsibleClerk,
        RefusalProposal refusal,
        String refusalConfirmedBy) {

    /** How the explanation's last line names the clerk who first received the applicant: 首问负责人：<name>. */
    public static final String FIRST_CLERK_LINE = "首问负责人：";

    /** Whether a line of the explanation is the one naming the 首问负责人 (a window at a site names its agent instead). */
    public static boolean namesFirstClerk(String line) {
        return line.startsWith(FIRST_CLERK_LINE);
    }

    public AcceptanceDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(responsibleClerk, "responsibleClerk");
        explanation = List.copyOf(explanation);
        deficiencies = List.copyOf(deficiencies);
        owedMaterials = List.copyOf(owedMaterials);
        materialSources = List.copyOf(materialSources);
        if ((kind == DecisionKind.REFUSE) != (refusal != null)) {
            throw new IllegalArgumentException("a refusal proposal goes with, and only with, the REFUSE decision");
        }
        if ((kind == DecisionKind.ACCEPT_WITH_TOLERANCE) != (toleranceDeadline != null)) {
            throw new IllegalArgumentException("a tolerance deadline goes with, and only with, ACCEPT_WITH_TOLERANCE");
        }
    }

    /** Every required material has its finding: a notice is final and the conclusion may be announced. */
    public boolean checklistComplete() {
        return unchecked == 0;
    }

    /** A refusal waits for a supervisor; every other decision can be confirmed by the clerk. */
    public boolean awaitingSupervisor() {
        return kind == DecisionKind.REFUSE && refusalConfirmedBy == null;
    }

    /**
     * The refusal confirmed on the spot by a supervisor (窗口无否决权). Anyone else is refused with a
     * message the clerk can show.
     */
    public AcceptanceDecision confirmRefusal(Role role, String supervisor) {
        if (kind != DecisionKind.REFUSE) {
            throw new IllegalStateException("只有不予受理需要窗口负责人确认，本决定为：" + kind.label());
        }
        if (!role.mayRecord(Role.SUPERVISOR)) {
            throw new Problem.NotPermitted("窗口无否决权：不予受理须由窗口负责人当场确认，" + role.label() + "不能确认");
        }
        if (supervisor == null || supervisor.isBlank()) {
            throw new Problem.NotPermitted("须记录确认不予受理的窗口负责人");
        }
        List<String> lines = new ArrayList<>(explanation);
        lines.add("窗口负责人 " + supervisor.strip() + " 已确认不予受理");
        return new AcceptanceDecision(kind, lines, deficiencies, owedMaterials, toleranceDeadline, postVerification,
                materialSources, unchecked, responsibleClerk, refusal, supervisor.strip());
    }
}
