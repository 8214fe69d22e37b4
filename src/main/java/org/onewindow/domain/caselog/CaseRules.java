package org.onewindow.domain.caselog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onewindow.domain.Problem;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;

/**
 * Which event may follow which (办件流转规则), and who may record it. The client checks before it
 * appends; the central store checks the same way before it stores a pushed event.
 */
public final class CaseRules {

    private CaseRules() {
    }

    /** Throws {@link Problem.RuleBroken} with a Chinese reason when {@code next} may not be recorded. */
    public static void check(CaseState state, EventPayload next, Role actorRole) {
        Optional<String> reason = violation(state, next, actorRole);
        if (reason.isPresent()) {
            throw new Problem.RuleBroken(reason.get());
        }
    }

    /** Why {@code next} may not be recorded on a case in {@code state} by a person in {@code actorRole}. */
    public static Optional<String> violation(CaseState state, EventPayload next, Role actorRole) {
        EventType type = next.type();
        if (actorRole == null || !actorRole.mayRecord(type.requiredRole())) {
            return Optional.of("“" + type.label() + "”需要" + type.requiredRole().label() + "权限，当前身份为"
                    + (actorRole == null ? "未知" : actorRole.label()));
        }
        if (!state.opened()) {
            return next instanceof EventPayload.Opening ? Optional.empty()
                    : Optional.of("案件尚未受理登记，不能记录“" + type.label() + "”");
        }
        CaseStatus status = state.status();
        return switch (type) {
            case APPLICATION_ACCEPTED, APPLICATION_REFUSED, DEFICIENCY_NOTIFIED ->
                    deciding(state, ((EventPayload.Opening) next).caseNumber(), type, actorRole);
            case PROXY_FILE_OPENED -> Optional.of("案件已经登记，不能再次" + type.label());
            case HANDED_OVER -> handingOver(state, type);
            case HANDOVER_RECEIVED -> receiving(state, ((EventPayload.HandoverReceived) next).batchNumber(), type, actorRole);
            case HANDOVER_RETURNED -> receiving(state, ((EventPayload.HandoverReturned) next).batchNumber(), type, actorRole);
            case ATTACHMENT_ADDED -> status.closed() ? closed(state, type) : Optional.empty();
            case MATERIALS_SUPPLEMENTED -> status.closed() ? closed(state, type) : Optional.empty();
            case REVIEW_STARTED -> inHand(state, type);
            case DECIDED -> state.paused()
                    ? Optional.of("办件计时已暂停，请先恢复计时再作出决定") : inHand(state, type);
            case CLOCK_PAUSED -> state.paused() ? Optional.of("办件计时已经暂停") : inHand(state, type);
            case CLOCK_RESUMED -> state.paused() ? Optional.empty() : Optional.of("办件计时没有暂停，无需恢复");
            case CERTIFICATE_ISSUED -> issuing(state, type);
            case CONCLUDED -> concluding(state, type);
            case DELIVERED -> status == CaseStatus.CONCLUDED || !state.certificateNumber().isEmpty()
                    ? Optional.empty() : Optional.of("案件尚未出证或办结，不能送达");
            case EVALUATED -> Optional.empty();
            case DOCUMENT_PRINTED -> AfterAcceptanceRules.printingCertificate(state, (EventPayload.DocumentPrinted) next);
            case VOIDED -> voiding(state, (EventPayload.Voided) next);
            case DEADLINES_RECALCULATED -> recounting(state, (EventPayload.DeadlinesRecalculated) next);
            case POST_VERIFICATION_RECORDED -> verifying(state, (EventPayload.PostVerificationRecorded) next);
            case APPROVAL_REVOKED -> revoking(state, (EventPayload.ApprovalRevoked) next);
            case CASE_ROUTED, CERTIFICATE_PRINT_VOIDED, RESULT_COLLECTED, POSTAL_INTAKE_RECORDED, MAIL_DELIVERY_CHOSEN,
                    MAIL_SENT, MAIL_TRACKED, FEE_PAID, FEE_WAIVED ->
                    AfterAcceptanceRules.violation(state, (EventPayload.AfterAcceptanceStep) next);
        };
    }

    /**
     * The authority's decision on a case already opened: on a proxy file (代办件) only once the hall has received it,
     * and never by an agent, who acts for the applicant, not for the authority (代办不代决); otherwise after a
     * one-time notice.
     */
    private static Optional<String> deciding(CaseState state, String caseNumber, EventType type, Role actorRole) {
        Custody custody = state.custody();
        if (custody != null && actorRole == Role.AGENT) {
            return Optional.of("代办员为申请人代办，不能以审批机关名义作出“" + type.label() + "”：代办件须送交大厅，由窗口接收后决定");
        }
        if (state.proxyUndecided()) {
            if (custody.stage() != Custody.Stage.AT_HALL) {
                return Optional.of("代办件" + custody.stage().label() + "，大厅尚未接收，不能" + type.label());
            }
            if (!state.caseNumber().equals(caseNumber)) {
                return Optional.of("受理编号与代办件不一致：" + caseNumber + "，代办件编号 " + state.caseNumber());
            }
            return Optional.empty();
        }
        return reopening(state, caseNumber, type);
    }

    /** 交接送件: only a proxy file still at its site (or returned to it) and not closed goes into a batch. */
    private static Optional<String> handingOver(CaseState state, EventType type) {
        Custody custody = state.custody();
        if (custody == null) {
            return Optional.of("只有代办件才能" + type.label());
        }
        if (state.status().closed()) {
            return closed(state, type);
        }
        if (!custody.stage().atSite()) {
            return Optional.of("代办件" + custody.stage().label() + "，不在代办点，不能再次" + type.label());
        }
        return Optional.empty();
    }

    /** 交接接收 / 交接退回: by the hall, for a file on its way in the batch named. */
    private static Optional<String> receiving(CaseState state, String batch, EventType type, Role actorRole) {
        Custody custody = state.custody();
        if (custody == null) {
            return Optional.of("不是代办件，不能" + type.label());
        }
        if (actorRole == Role.AGENT) {
            return Optional.of("“" + type.label() + "”须由大厅窗口人员记录，代办员不能代收");
        }
        if (custody.stage() != Custody.Stage.HANDED_OVER) {
            return Optional.of("代办件" + custody.stage().label() + "，不在交接途中，不能" + type.label());
        }
        if (!custody.batch().equals(batch)) {
            return Optional.of("交接批次不符：代办件在批次 " + custody.batch() + " 中送交，不是 " + batch);
        }
        return Optional.empty();
    }

    /** After a one-time notice the applicant comes back; the same case is then accepted or refused. */
    private static Optional<String> reopening(CaseState state, String caseNumber, EventType type) {
        if (state.status() != CaseStatus.AWAITING_SUPPLEMENT) {
            return Optional.of("案件当前状态为“" + state.status().label() + "”，不能再次" + type.label());
        }
        if (!state.caseNumber().equals(caseNumber)) {
            return Optional.of("受理编号与原案件不一致：" + caseNumber + "，原编号 " + state.caseNumber());
        }
        return Optional.empty();
    }

    private static Optional<String> closed(CaseState state, EventType type) {
        return Optional.of("案件已“" + state.status().label() + "”，不能再" + type.label());
    }

    private static Optional<String> inHand(CaseState state, EventType type) {
        CaseStatus status = state.status();
        if (status == CaseStatus.ACCEPTED || status == CaseStatus.IN_PROGRESS || status == CaseStatus.SUSPENDED) {
            return Optional.empty();
        }
        if (status == CaseStatus.AWAITING_SUPPLEMENT) {
            return Optional.of("案件正在等待补正材料，尚未受理，不能" + type.label());
        }
        return closed(state, type);
    }

    private static Optional<String> notClosedExceptConcluded(CaseState state, EventType type) {
        return state.status().closed() && state.status() != CaseStatus.CONCLUDED ? closed(state, type) : Optional.empty();
    }

    /** 出证: approved, once, and the fee settled first (收费公开: no fee item concluded without payment or waiver). */
    private static Optional<String> issuing(CaseState state, EventType type) {
        if (!Boolean.TRUE.equals(state.approved())) {
            return Optional.of("尚未作出准予许可的决定，不能出证");
        }
        if (!state.certificateNumber().isEmpty()) {
            return Optional.of("证照已出具（编号 " + state.certificateNumber() + "），重新打印请先作废原打印件");
        }
        Optional<String> fee = AfterAcceptanceRules.feeOutstanding(state, "出证");
        return fee.isPresent() ? fee : notClosedExceptConcluded(state, type);
    }

    private static Optional<String> concluding(CaseState state, EventType type) {
        Optional<String> inHand = inHand(state, type);
        if (inHand.isPresent()) {
            return inHand;
        }
        if (state.paused()) {
            return Optional.of("办件计时已暂停，请先恢复计时再办结");
        }
        if (!state.outstandingMaterials().isEmpty()) {
            return Optional.of("容缺材料尚未补齐，不能办结：" + names(state));
        }
        if (state.approved() == null) {
            return Optional.of("尚未作出审批决定，不能办结");
        }
        return AfterAcceptanceRules.feeOutstanding(state, "办结");
    }

    /** The dates of an open case counted again; the applicant's promise may move later, never earlier. */
    private static Optional<String> recounting(CaseState state, EventPayload.DeadlinesRecalculated r) {
        if (state.status().closed()) {
            return closed(state, EventType.DEADLINES_RECALCULATED);
        }
        if (r.promisedDate() == null || state.acceptedPromisedDate() == null) {
            return Optional.of("只有已受理的案件才有承诺办结日期可以重算");
        }
        if (r.promisedDate().isBefore(state.acceptedPromisedDate())) {
            return Optional.of("承诺办结日期不能早于已告知申请人的 " + state.acceptedPromisedDate());
        }
        return Optional.empty();
    }

    /** 事后核查 of a commitment the case is still waiting to have checked, with how, and what was found if false. */
    private static Optional<String> verifying(CaseState state, EventPayload.PostVerificationRecorded v) {
        if (state.status() == CaseStatus.VOIDED || state.status() == CaseStatus.REFUSED) {
            return closed(state, EventType.POST_VERIFICATION_RECORDED);
        }
        if (state.awaitingVerification().stream().noneMatch(m -> m.materialCode().equals(v.materialCode()))) {
            return Optional.of("“" + v.materialName() + "”没有待核查的告知承诺");
        }
        if (v.method() == null || v.method().isBlank()) {
            return Optional.of("事后核查须写明核查方式");
        }
        if (!v.truthful() && (v.findings() == null || v.findings().isBlank())) {
            return Optional.of("核查不实的，须写明核查发现的情况");
        }
        return Optional.empty();
    }

    /** 撤销 of a decision that was granted, with its reason and basis, once. */
    private static Optional<String> revoking(CaseState state, EventPayload.ApprovalRevoked r) {
        if (r.reason() == null || r.reason().isBlank() || r.basis() == null || r.basis().isBlank()) {
            return Optional.of("撤销须写明理由和法律依据");
        }
        if (!Boolean.TRUE.equals(state.approved())) {
            return Optional.of("尚未作出准予的决定，无可撤销");
        }
        if (state.revoked()) {
            return Optional.of("该决定已经撤销");
        }
        if (state.status() == CaseStatus.VOIDED) {
            return closed(state, EventType.APPROVAL_REVOKED);
        }
        return Optional.empty();
    }

    private static Optional<String> voiding(CaseState state, EventPayload.Voided v) {
        if (v.reason() == null || v.reason().isBlank()) {
            return Optional.of("作废必须填写原因");
        }
        if (v.supervisor() == null || v.supervisor().isBlank()) {
            return Optional.of("作废须由窗口负责人确认");
        }
        if (state.status() == CaseStatus.VOIDED) {
            return Optional.of("案件已经作废");
        }
        if (state.status().closed()) {
            return closed(state, EventType.VOIDED);
        }
        return Optional.empty();
    }

    private static String names(CaseState state) {
        return state.outstandingMaterials().stream().map(m -> m.materialName()).collect(Collectors.joining("、"));
    }

    /**
     * An acceptance's tolerated materials (容缺): each must have the date it will be brought by, not
     * before the day it is received and not after the promised completion date. Returns the reasons.
     */
    public static List<String> toleranceProblems(Intake intake, Deadlines deadlines) {
        List<String> problems = new java.util.ArrayList<>();
        for (MaterialCheck material : intake.materials()) {
            if (material.status() != MaterialStatus.TOLERATED) {
                continue;
            }
            if (material.promisedBy() == null) {
                problems.add("容缺材料“" + material.materialName() + "”须填写承诺补齐日期");
            } else if (material.promisedBy().isBefore(deadlines.receivedOn())) {
                problems.add("容缺材料“" + material.materialName() + "”的补齐日期早于受理日期");
            } else if (material.promisedBy().isAfter(deadlines.promisedDate())) {
                problems.add("容缺材料“" + material.materialName() + "”的补齐日期 " + material.promisedBy()
                        + " 晚于承诺办结日期 " + deadlines.promisedDate());
            }
        }
        return problems;
    }

    /**
     * Checks an opening decision against its own content: what the law lets the window decide
     * with the materials as found. Returns the reasons, empty when consistent.
     */
    public static List<String> openingProblems(DecisionKind decision, Intake intake) {
        boolean tolerated = intake.materials().stream().anyMatch(m -> m.status() == MaterialStatus.TOLERATED);
        boolean unmet = intake.materials().stream().anyMatch(m -> m.status() == MaterialStatus.MISSING
                || m.status() == MaterialStatus.DEFECTIVE || m.status() == MaterialStatus.NOT_CHECKED);
        if (decision.accepts() && unmet) {
            return List.of("仍有缺少、不符合要求或未核验的材料，不能受理");
        }
        if (decision == DecisionKind.ACCEPT_WITH_TOLERANCE && !tolerated) {
            return List.of("没有容缺后补的材料，不是容缺受理");
        }
        if (decision == DecisionKind.ACCEPT && tolerated) {
            return List.of("有容缺后补的材料，应按容缺受理");
        }
        return List.of();
    }
}
