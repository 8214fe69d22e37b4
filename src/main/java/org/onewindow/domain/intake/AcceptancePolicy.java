package org.onewindow.domain.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onewindow.domain.catalog.MaterialRequirement;

/**
 * The acceptance rules of 行政许可法 §32 at the window: accept, accept with tolerated gaps (容缺),
 * accept on the applicant's commitment (告知承诺), notify every deficiency at once (一次性告知), or
 * refuse in writing — the last only on a clerk's proposal that a supervisor confirms.
 *
 * <p>Stateless and cheap: the window calls it on every tick of the checklist to show what the decision
 * will be and why.
 */
public final class AcceptancePolicy {

    /** The decision the materials call for. */
    public AcceptanceDecision decide(AcceptanceContext context) {
        Assessment assessment = assess(context);
        List<String> lines = new ArrayList<>();
        DecisionKind kind = assessment.kind();
        LocalDate toleranceDeadline = assessment.owed.stream().map(OwedMaterial::promisedBy)
                .max(Comparator.naturalOrder()).orElse(null);
        // no conclusion is announced before every required material has its finding
        lines.add(assessment.unchecked > 0 ? "结论：尚未核验完毕，暂不能确定" : "结论：" + kind.label());
        switch (kind) {
            case NOTIFY_DEFICIENCIES -> {
                int corrections = assessment.deficiencies.size() - assessment.unchecked;
                if (corrections > 0) {
                    lines.add("共 " + corrections + " 项材料需补正，须向申请人出具补正材料通知书，一次性告知全部内容"
                            + "（逾期不告知的，自收到申请材料之日起即为受理）");
                }
                if (assessment.unchecked > 0) {
                    lines.add("还有 " + assessment.unchecked + " 项必要材料尚未核验完毕（未选状态，或不符合要求未注明问题），"
                            + "核验完毕后才能出具通知书");
                }
            }
            case ACCEPT_WITH_TOLERANCE -> lines.add("容缺受理：申请人签署容缺承诺书，于 " + toleranceDeadline + " 前补齐 "
                    + assessment.owed.size() + " 项材料（不晚于承诺办结日期 " + context.promisedCompletion()
                    + "）；补齐前不能办结");
            case ACCEPT_ON_COMMITMENT -> lines.add("告知承诺受理：申请人签署告知承诺书，本案标记为事后核查");
            case ACCEPT -> lines.add(context.requirements().isEmpty() ? "本事项无须提交材料" : "必要材料齐全，符合法定形式");
            case REFUSE -> throw new IllegalStateException("the materials alone never refuse");
        }
        if (kind == DecisionKind.ACCEPT_WITH_TOLERANCE && assessment.commitments > 0) {
            lines.add("另有 " + assessment.commitments + " 项材料以告知承诺替代，本案标记为事后核查");
        }
        lines.addAll(assessment.lines);
        lines.add(AcceptanceDecision.FIRST_CLERK_LINE + context.firstReceivingClerk().strip());
        return new AcceptanceDecision(kind, lines,
                kind == DecisionKind.NOTIFY_DEFICIENCIES ? assessment.deficiencies : List.of(),
                kind == DecisionKind.ACCEPT_WITH_TOLERANCE ? assessment.owed : List.of(),
                kind == DecisionKind.ACCEPT_WITH_TOLERANCE ? toleranceDeadline : null,
                kind.accepts() && assessment.commitments > 0, assessment.sources, assessment.unchecked,
                context.firstReceivingClerk().strip(), null, null);
    }

    /**
     * A clerk's proposal to refuse (不予受理). The result is a {@link DecisionKind#REFUSE} decision that
     * {@linkplain AcceptanceDecision#awaitingSupervisor() waits} for a supervisor's confirmation.
     */
    public AcceptanceDecision proposeRefusal(AcceptanceContext context, RefusalProposal proposal) {
        Objects.requireNonNull(proposal, "proposal");
        Assessment assessment = assess(context);
        List<String> lines = new ArrayList<>();
        lines.add("结论：" + DecisionKind.REFUSE.label() + "（待窗口负责人确认）");
        lines.add("不予受理理由：" + proposal.statement());
        if (proposal.ground() == RefusalGround.NOT_THIS_AUTHORITY) {
            lines.add("须同时告知申请人向有关行政机关申请");
        }
        lines.add("窗口无否决权：须由窗口负责人当场确认后，出具不予受理决定书，并告知申请人依法申请行政复议或者提起行政诉讼的权利");
        lines.addAll(assessment.lines);
        lines.add(AcceptanceDecision.FIRST_CLERK_LINE + context.firstReceivingClerk().strip());
        return new AcceptanceDecision(DecisionKind.REFUSE, lines, List.of(), List.of(), null, false, List.of(),
                assessment.unchecked, context.firstReceivingClerk().strip(), proposal, null);
    }

    private static Assessment assess(AcceptanceContext context) {
        Map<String, MaterialCheck> checks = new HashMap<>();
        for (MaterialCheck check : context.checks()) {
            checks.put(check.materialCode(), check);
        }
        Map<String, MaterialRequirement> requirements = new LinkedHashMap<>();
        for (MaterialRequirement requirement : context.requirements()) {
            requirements.putIfAbsent(requirement.code(), requirement);
        }
        Assessment assessment = new Assessment();
        for (MaterialRequirement requirement : requirements.values()) {
            assessment.add(MaterialFinding.of(requirement, checks.get(requirement.code()), context.today(),
                    context.promisedCompletion()));
        }
        for (MaterialCheck check : context.checks()) {
            if (!requirements.containsKey(check.materialCode())) {
                assessment.lines.add(check.materialName() + "：不在本次申请的材料清单中，不作为受理依据");
            }
        }
        return assessment;
    }

    /** The findings of all materials, gathered. */
    private static final class Assessment {
        final List<String> lines = new ArrayList<>();
        final List<Deficiency> deficiencies = new ArrayList<>();
        final List<OwedMaterial> owed = new ArrayList<>();
        final List<MaterialSource> sources = new ArrayList<>();
        int commitments;
        int unchecked;

        void add(MaterialFinding finding) {
            lines.add(finding.line());
            if (finding.deficiency() != null) {
                deficiencies.add(finding.deficiency());
            }
            if (finding.owed() != null) {
                owed.add(finding.owed());
            }
            if (finding.source() != null) {
                sources.add(finding.source());
            }
            if (finding.commitment()) {
                commitments++;
            }
            if (finding.unchecked()) {
                unchecked++;
            }
        }

        DecisionKind kind() {
            if (!deficiencies.isEmpty()) {
                return DecisionKind.NOTIFY_DEFICIENCIES;
            }
            if (!owed.isEmpty()) {
                return DecisionKind.ACCEPT_WITH_TOLERANCE;
            }
            return commitments > 0 ? DecisionKind.ACCEPT_ON_COMMITMENT : DecisionKind.ACCEPT;
        }
    }
}
