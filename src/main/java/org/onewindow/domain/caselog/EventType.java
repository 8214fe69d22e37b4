package org.onewindow.domain.caselog;

import org.onewindow.domain.staff.Role;

/**
 * The event types of a case log, with the role needed to record each and the payload record that carries it.
 * The name is what the stored event says it is (decision record 0016): never rename a constant.
 */
public enum EventType {
    APPLICATION_ACCEPTED("受理", Role.CLERK, EventPayload.ApplicationAccepted.class),
    DEFICIENCY_NOTIFIED("一次性告知", Role.CLERK, EventPayload.DeficiencyNotified.class),
    APPLICATION_REFUSED("不予受理", Role.SUPERVISOR, EventPayload.ApplicationRefused.class),
    MATERIALS_SUPPLEMENTED("补齐补正", Role.CLERK, EventPayload.MaterialsSupplemented.class),
    REVIEW_STARTED("审查", Role.BACK_OFFICE, EventPayload.ReviewStarted.class),
    DECIDED("决定", Role.BACK_OFFICE, EventPayload.Decided.class),
    CLOCK_PAUSED("计时暂停", Role.BACK_OFFICE, EventPayload.ClockPaused.class),
    CLOCK_RESUMED("计时恢复", Role.BACK_OFFICE, EventPayload.ClockResumed.class),
    CERTIFICATE_ISSUED("出证", Role.CLERK, EventPayload.CertificateIssued.class),
    CONCLUDED("办结", Role.BACK_OFFICE, EventPayload.Concluded.class),
    DELIVERED("送达", Role.CLERK, EventPayload.Delivered.class),
    EVALUATED("评价", Role.CLERK, EventPayload.Evaluated.class),
    VOIDED("作废", Role.SUPERVISOR, EventPayload.Voided.class),
    DOCUMENT_PRINTED("打印", Role.CLERK, EventPayload.DocumentPrinted.class),
    DEADLINES_RECALCULATED("期限重算", Role.SYSTEM, EventPayload.DeadlinesRecalculated.class),
    POST_VERIFICATION_RECORDED("事后核查", Role.SUPERVISOR, EventPayload.PostVerificationRecorded.class),
    APPROVAL_REVOKED("撤销", Role.SUPERVISOR, EventPayload.ApprovalRevoked.class),
    PROXY_FILE_OPENED("代办收件", Role.AGENT, EventPayload.ProxyFileOpened.class),
    HANDED_OVER("交接送件", Role.AGENT, EventPayload.HandedOver.class),
    HANDOVER_RECEIVED("交接接收", Role.CLERK, EventPayload.HandoverReceived.class),
    HANDOVER_RETURNED("交接退回", Role.CLERK, EventPayload.HandoverReturned.class),
    ATTACHMENT_ADDED("材料电子件", Role.CLERK, EventPayload.AttachmentAdded.class),
    CASE_ROUTED("分送审批", Role.CLERK, AfterAcceptance.CaseRouted.class),
    CERTIFICATE_PRINT_VOIDED("证照作废", Role.CLERK, AfterAcceptance.CertificatePrintVoided.class),
    RESULT_COLLECTED("领取", Role.CLERK, AfterAcceptance.ResultCollected.class),
    POSTAL_INTAKE_RECORDED("邮寄收件", Role.CLERK, AfterAcceptance.PostalIntakeRecorded.class),
    MAIL_DELIVERY_CHOSEN("选择邮寄送达", Role.CLERK, AfterAcceptance.MailDeliveryChosen.class),
    MAIL_SENT("寄出", Role.CLERK, AfterAcceptance.MailSent.class),
    MAIL_TRACKED("邮件状态", Role.CLERK, AfterAcceptance.MailTracked.class),
    FEE_PAID("缴费", Role.CLERK, AfterAcceptance.FeePaid.class),
    FEE_WAIVED("免收", Role.CLERK, AfterAcceptance.FeeWaived.class);

    private final String label;
    private final Role requiredRole;
    private final Class<? extends EventPayload> payloadType;

    EventType(String label, Role requiredRole, Class<? extends EventPayload> payloadType) {
        this.label = label;
        this.requiredRole = requiredRole;
        this.payloadType = payloadType;
    }

    public String label() {
        return label;
    }

    public Role requiredRole() {
        return requiredRole;
    }

    /** The record in {@link EventPayload} that an event of this type carries. */
    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }
}
