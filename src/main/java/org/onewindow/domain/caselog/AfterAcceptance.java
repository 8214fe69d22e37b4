package org.onewindow.domain.caselog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.onewindow.domain.identity.IdKind;

/**
 * The steps of a case after acceptance (issue 12, decision record 0033): routing to the deciding department
 * (分类审批), the certificate issued on site (就地取证) and a spoiled print voided, collection (领取), two-way mail
 * (双向邮送) and the fee (收费). Each record is one event type; {@link AfterAcceptanceState} is what they fold to
 * and {@link AfterAcceptanceRules} which may follow which, at the window and at the centre alike.
 */
public final class AfterAcceptance {

    private AfterAcceptance() {
    }

    /**
     * The licence the back office granted (准予许可), as it is to be printed on the certificate: carried by an
     * approval ({@link EventPayload.Decided}, schema 2).
     *
     * @param number     the certificate or licence number (证照编号)
     * @param name       the certificate's name, e.g. 食品经营许可证
     * @param validFrom  first day of validity
     * @param validUntil last day of validity; null when it does not expire (长期)
     * @param scope      what it permits (许可范围 / 经营项目)
     */
    public record Licence(String number, String name, LocalDate validFrom, LocalDate validUntil, String scope) {
        public Licence {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(validFrom, "validFrom");
            name = name == null ? "" : name;
            scope = scope == null ? "" : scope;
        }
    }

    /** 分送审批: the accepted case is sent to the department that decides it. */
    public record CaseRouted(String departmentCode, String departmentName) implements EventPayload.AfterAcceptanceStep {
        @Override
        public EventType type() {
            return EventType.CASE_ROUTED;
        }
    }

    /** A printed certificate spoiled (misprint, jam, wrong stock): voided with a reason before it is printed again. */
    public record CertificatePrintVoided(String certificateNumber, String sha256, String reason)
            implements EventPayload.AfterAcceptanceStep {
        @Override
        public EventType type() {
            return EventType.CERTIFICATE_PRINT_VOIDED;
        }
    }

    /** Who came to collect the result. */
    public enum CollectorCapacity {
        APPLICANT("申请人本人"), AGENT("委托代理人");

        private final String label;

        CollectorCapacity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * 领取: the result was handed over at the window to the applicant or to an agent they authorised in writing
     * (委托书), whose identity document the clerk checked; the 签收单 is printed and kept as a document of the case.
     *
     * @param authorisation the 委托书 as recorded (its date and what it authorises); empty for the applicant
     */
    public record ResultCollected(CollectorCapacity capacity, String collectorName, IdKind idKind, String idNumber,
                                  String authorisation) implements EventPayload.AfterAcceptanceStep {
        public ResultCollected {
            Objects.requireNonNull(capacity, "capacity");
            Objects.requireNonNull(idKind, "idKind");
            authorisation = authorisation == null ? "" : authorisation;
        }

        @Override
        public EventType type() {
            return EventType.RESULT_COLLECTED;
        }
    }

    /** 邮寄收件: the case was opened from materials that came by post, without the applicant at the window. */
    public record PostalIntakeRecorded(String courier, String waybillNumber, LocalDate arrivedOn, String sender)
            implements EventPayload.AfterAcceptanceStep {
        @Override
        public EventType type() {
            return EventType.POSTAL_INTAKE_RECORDED;
        }
    }

    /** 选择邮寄送达: at acceptance the applicant asked for the result by post, to this address. */
    public record MailDeliveryChosen(String recipient, String phone, String address)
            implements EventPayload.AfterAcceptanceStep {
        @Override
        public EventType type() {
            return EventType.MAIL_DELIVERY_CHOSEN;
        }
    }

    /** What a mailing carries. */
    public enum MailPurpose {
        RESULT("办理结果"), RECEIPT("受理回执");

        private final String label;

        MailPurpose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * 寄出: the window handed a mailing to the courier under a waybill (运单号).
     *
     * @param postagePaidByHall 证照免费邮: the hall pays the postage, not the applicant
     * @param postage           the postage in yuan, as the courier charged it
     */
    public record MailSent(MailPurpose purpose, String courier, String waybillNumber, String recipient, String phone,
                           String address, boolean postagePaidByHall, BigDecimal postage)
            implements EventPayload.AfterAcceptanceStep {
        public MailSent {
            Objects.requireNonNull(purpose, "purpose");
            postage = postage == null ? BigDecimal.ZERO : postage;
        }

        @Override
        public EventType type() {
            return EventType.MAIL_SENT;
        }
    }

    /** Where a mailing is. */
    public enum MailState {
        SENT("已寄出"), DELIVERED("已妥投"), RETURNED("退回");

        private final String label;

        MailState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 邮件状态: the courier delivered a mailing (妥投) or brought it back (退件). */
    public record MailTracked(String waybillNumber, MailState state, String note)
            implements EventPayload.AfterAcceptanceStep {
        public MailTracked {
            Objects.requireNonNull(state, "state");
            note = note == null ? "" : note;
        }

        @Override
        public EventType type() {
            return EventType.MAIL_TRACKED;
        }
    }

    /** 缴费: the fee paid, with the number of the 非税收入票据 issued for it and who paid. */
    public record FeePaid(BigDecimal amount, String receiptNumber, String payer)
            implements EventPayload.AfterAcceptanceStep {
        public FeePaid {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public EventType type() {
            return EventType.FEE_PAID;
        }
    }

    /** 免收: the fee waived, with the provision that waives it. */
    public record FeeWaived(String basis) implements EventPayload.AfterAcceptanceStep {
        @Override
        public EventType type() {
            return EventType.FEE_WAIVED;
        }
    }
}
