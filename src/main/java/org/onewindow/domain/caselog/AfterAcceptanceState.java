package org.onewindow.domain.caselog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity;
import org.onewindow.domain.caselog.AfterAcceptance.Licence;
import org.onewindow.domain.caselog.AfterAcceptance.MailPurpose;
import org.onewindow.domain.caselog.AfterAcceptance.MailState;

/**
 * What the steps after acceptance made of a case (decision record 0033), one component of {@link CaseState}.
 * Events of the earlier builds leave it {@link #NONE} (a case without a fee due, never routed), so the committed
 * golden states, which do not name it, read as this.
 *
 * @param departmentCode the department it was sent to (分送审批); empty when not routed
 * @param routedAt       when it was sent; null when not routed
 * @param pauseReason    why the back office paused the clock (§45), empty while it runs
 * @param licence        the licence the approval granted, to be printed; null without one
 * @param voidedPrints   certificate prints voided, each by the SHA-256 of its PDF, with the reason
 * @param collection     who collected the result at the window; null until then
 * @param postalIntake   how the materials arrived by post; null when brought in person
 * @param mailTo         where the result is to be mailed; null when it is collected at the window
 * @param mailings       everything mailed for the case, with where it is
 * @param feeDue         the fee the acceptance recorded (zero when free)
 * @param fee            how the fee was settled; null until paid or waived
 */
public record AfterAcceptanceState(String departmentCode, String departmentName, Instant routedAt, String pauseReason,
                                   Licence licence, List<VoidedPrint> voidedPrints, Collection collection,
                                   PostalIntake postalIntake, MailAddress mailTo, List<Mailing> mailings,
                                   BigDecimal feeDue, FeeSettlement fee) {

    public static final AfterAcceptanceState NONE = new AfterAcceptanceState("", "", null, "", null, List.of(), null,
            null, null, List.of(), BigDecimal.ZERO, null);

    public AfterAcceptanceState {
        departmentCode = departmentCode == null ? "" : departmentCode;
        departmentName = departmentName == null ? "" : departmentName;
        pauseReason = pauseReason == null ? "" : pauseReason;
        voidedPrints = voidedPrints == null ? List.of() : List.copyOf(voidedPrints);
        mailings = mailings == null ? List.of() : List.copyOf(mailings);
        feeDue = yuan(feeDue);
    }

    /** Amounts in yuan kept to the fen at least, so a state read back from JSON (12.0) equals the folded one (12.00). */
    static BigDecimal yuan(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        return value.setScale(Math.max(2, value.scale()));
    }

    public record VoidedPrint(String sha256, String reason, String actor) {
    }

    public record Collection(CollectorCapacity capacity, String collectorName, String idNumber, String authorisation,
                             String actor, Instant at) {
    }

    public record PostalIntake(String courier, String waybillNumber, LocalDate arrivedOn, String sender) {
    }

    public record MailAddress(String recipient, String phone, String address) {
    }

    public record Mailing(MailPurpose purpose, String courier, String waybillNumber, MailAddress to,
                          boolean postagePaidByHall, BigDecimal postage, MailState state, String note, Instant sentAt) {
        public Mailing {
            postage = yuan(postage);
        }
    }

    /** Paid (amount, 非税收入票据 number, payer) or waived (basis). */
    public record FeeSettlement(boolean waived, BigDecimal amount, String receiptNumber, String payer, String basis,
                                String actor, Instant at) {
        public FeeSettlement {
            amount = yuan(amount);
        }
    }

    /** Whether nothing is owed: no fee, or it was paid or waived. */
    public boolean feeSettled() {
        return feeDue.signum() == 0 || fee != null;
    }

    /** The latest mailing of the result, if any. */
    public Optional<Mailing> resultMailing() {
        for (int i = mailings.size() - 1; i >= 0; i--) {
            if (mailings.get(i).purpose() == MailPurpose.RESULT) {
                return Optional.of(mailings.get(i));
            }
        }
        return Optional.empty();
    }

    /** The result reached the applicant: collected at the window or delivered by post. */
    public boolean handedOver() {
        return collection != null || resultMailing().map(m -> m.state() == MailState.DELIVERED).orElse(false);
    }

    /** The result waits at the window for mailing: the applicant chose the post and nothing is on its way or arrived. */
    public boolean mailPending() {
        return mailTo != null && resultMailing().map(m -> m.state() == MailState.RETURNED).orElse(true);
    }

    public boolean voided(String sha256) {
        return voidedPrints.stream().anyMatch(v -> v.sha256().equals(sha256));
    }

    AfterAcceptanceState accepted(BigDecimal fee) {
        return with(b -> b.feeDue = fee == null ? BigDecimal.ZERO : fee);
    }

    AfterAcceptanceState paused(String reason) {
        return with(b -> b.pauseReason = reason == null ? "" : reason);
    }

    AfterAcceptanceState resumed() {
        return with(b -> b.pauseReason = "");
    }

    AfterAcceptanceState decided(Licence granted) {
        return granted == null ? this : with(b -> b.licence = granted);
    }

    /** One more step after acceptance, recorded by {@code event}. */
    AfterAcceptanceState apply(EventPayload.AfterAcceptanceStep step, CaseEvent event) {
        EventPayload p = step;
        return switch (step.type()) {
            case CASE_ROUTED -> {
                AfterAcceptance.CaseRouted r = (AfterAcceptance.CaseRouted) p;
                yield with(b -> {
                    b.departmentCode = r.departmentCode();
                    b.departmentName = r.departmentName();
                    b.routedAt = event.recordedAt();
                });
            }
            case CERTIFICATE_PRINT_VOIDED -> {
                AfterAcceptance.CertificatePrintVoided v = (AfterAcceptance.CertificatePrintVoided) p;
                yield with(b -> b.voidedPrints.add(new VoidedPrint(v.sha256(), v.reason(), event.actor())));
            }
            case RESULT_COLLECTED -> {
                AfterAcceptance.ResultCollected c = (AfterAcceptance.ResultCollected) p;
                yield with(b -> b.collection = new Collection(c.capacity(), c.collectorName(), c.idNumber(),
                        c.authorisation(), event.actor(), event.recordedAt()));
            }
            case POSTAL_INTAKE_RECORDED -> {
                AfterAcceptance.PostalIntakeRecorded i = (AfterAcceptance.PostalIntakeRecorded) p;
                yield with(b -> b.postalIntake = new PostalIntake(i.courier(), i.waybillNumber(), i.arrivedOn(),
                        i.sender()));
            }
            case MAIL_DELIVERY_CHOSEN -> {
                AfterAcceptance.MailDeliveryChosen m = (AfterAcceptance.MailDeliveryChosen) p;
                yield with(b -> b.mailTo = new MailAddress(m.recipient(), m.phone(), m.address()));
            }
            case MAIL_SENT -> {
                AfterAcceptance.MailSent m = (AfterAcceptance.MailSent) p;
                yield with(b -> b.mailings.add(new Mailing(m.purpose(), m.courier(), m.waybillNumber(),
                        new MailAddress(m.recipient(), m.phone(), m.address()), m.postagePaidByHall(), m.postage(),
                        MailState.SENT, "", event.recordedAt())));
            }
            case MAIL_TRACKED -> {
                AfterAcceptance.MailTracked t = (AfterAcceptance.MailTracked) p;
                yield with(b -> {
                    for (int i = b.mailings.size() - 1; i >= 0; i--) {
                        Mailing m = b.mailings.get(i);
                        if (m.waybillNumber().equals(t.waybillNumber())) {
                            b.mailings.set(i, new Mailing(m.purpose(), m.courier(), m.waybillNumber(), m.to(),
                                    m.postagePaidByHall(), m.postage(), t.state(), t.note(), m.sentAt()));
                            return;
                        }
                    }
                });
            }
            case FEE_PAID -> {
                AfterAcceptance.FeePaid f = (AfterAcceptance.FeePaid) p;
                yield with(b -> b.fee = new FeeSettlement(false, f.amount(), f.receiptNumber(), f.payer(), "",
                        event.actor(), event.recordedAt()));
            }
            case FEE_WAIVED -> {
                AfterAcceptance.FeeWaived w = (AfterAcceptance.FeeWaived) p;
                yield with(b -> b.fee = new FeeSettlement(true, BigDecimal.ZERO, "", "", w.basis(), event.actor(),
                        event.recordedAt()));
            }
            default -> throw new IllegalArgumentException(step.type() + " is not a step after acceptance");
        };
    }

    private interface Change {
        void apply(Builder b);
    }

    private AfterAcceptanceState with(Change change) {
        Builder b = new Builder(this);
        change.apply(b);
        return b.build();
    }

    private static final class Builder {
        String departmentCode;
        String departmentName;
        Instant routedAt;
        String pauseReason;
        Licence licence;
        final List<VoidedPrint> voidedPrints;
        Collection collection;
        PostalIntake postalIntake;
        MailAddress mailTo;
        final List<Mailing> mailings;
        BigDecimal feeDue;
        FeeSettlement fee;

        Builder(AfterAcceptanceState s) {
            departmentCode = s.departmentCode;
            departmentName = s.departmentName;
            routedAt = s.routedAt;
            pauseReason = s.pauseReason;
            licence = s.licence;
            voidedPrints = new ArrayList<>(s.voidedPrints);
            collection = s.collection;
            postalIntake = s.postalIntake;
            mailTo = s.mailTo;
            mailings = new ArrayList<>(s.mailings);
            feeDue = s.feeDue;
            fee = s.fee;
        }

        AfterAcceptanceState build() {
            return new AfterAcceptanceState(departmentCode, departmentName, routedAt, pauseReason, licence,
                    voidedPrints, collection, postalIntake, mailTo, mailings, feeDue, fee);
        }
    }
}
