package org.onewindow.domain.caselog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;

/**
 * What happened to a case. Each variant is one event type of the log; the envelope
 * ({@link CaseEvent}) says who, where and when.
 */
public sealed interface EventPayload {

    EventType type();

    /**
     * The window's decision on what was taken in, which opens a case under its number: 受理, 一次性告知 or
     * 不予受理. A case told to bring materials is opened again by its acceptance or refusal, same number.
     */
    sealed interface Opening extends EventPayload {
        String caseNumber();

        Intake intake();

        /** The clerk first responsible for the case (首问负责). */
        String responsibleClerk();
    }

    /**
     * 受理: the application is accepted (plainly, with tolerated gaps, or on commitment).
     *
     * @param promisedDays         the promised limit the date was counted from (承诺时限, working days); null in
     *                             events recorded before the limits were kept (schema 1)
     * @param statutoryDays        the statutory limit (法定时限, working days), likewise
     * @param promisedProvisional  the promised date was counted over days whose holidays were not yet published
     *                             (暂定): what the applicant was told
     * @param statutoryProvisional the same for the statutory deadline
     */
    record ApplicationAccepted(String caseNumber, Intake intake, DecisionKind decision,
                               LocalDate promisedDate, LocalDate statutoryDeadline,
                               LocalDate toleranceDeadline, String responsibleClerk,
                               BigDecimal fee, Integer promisedDays, Integer statutoryDays,
                               boolean promisedProvisional, boolean statutoryProvisional) implements Opening {
        public ApplicationAccepted {
            if (!decision.accepts()) {
                throw new IllegalArgumentException("not an acceptance: " + decision);
            }
        }

        @Override
        public EventType type() {
            return EventType.APPLICATION_ACCEPTED;
        }
    }

    /** 一次性告知 (补正材料通知): every missing or defective material, listed once. */
    record DeficiencyNotified(String caseNumber, Intake intake, List<Deficiency> deficiencies,
                              String responsibleClerk) implements Opening {
        public DeficiencyNotified {
            deficiencies = List.copyOf(deficiencies);
        }

        @Override
        public EventType type() {
            return EventType.DEFICIENCY_NOTIFIED;
        }
    }

    /** 不予受理: refused in writing, confirmed on the spot by a supervisor (窗口无否决权). */
    record ApplicationRefused(String caseNumber, Intake intake, String reason,
                              String responsibleClerk, String confirmedBySupervisor) implements Opening {
        @Override
        public EventType type() {
            return EventType.APPLICATION_REFUSED;
        }
    }

    /** 补齐补正 / 容缺补齐: materials brought later, at this or any other window. */
    record MaterialsSupplemented(List<MaterialCheck> materials, String note) implements EventPayload {
        public MaterialsSupplemented {
            materials = List.copyOf(materials);
        }

        @Override
        public EventType type() {
            return EventType.MATERIALS_SUPPLEMENTED;
        }
    }

    /** 审查: the back office starts its review. */
    record ReviewStarted(String department, String note) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.REVIEW_STARTED;
        }
    }

    /**
     * 决定: the back office approves or denies.
     *
     * @param licence what an approval grants, to be printed on the certificate (schema 2); null for a denial, an
     *                approval without a certificate, and every decision of schema 1
     * @param basis   the provisions a denial rests on, printed on the 不予行政许可决定书 (§38, schema 2); empty otherwise
     */
    record Decided(boolean approved, String note, AfterAcceptance.Licence licence, String basis) implements EventPayload {
        public Decided {
            basis = basis == null ? "" : basis;
            if (!approved && licence != null) {
                throw new IllegalArgumentException("a denial grants no licence");
            }
        }

        /** A decision without a licence or basis, as schema 1 recorded every decision. */
        public Decided(boolean approved, String note) {
            this(approved, note, null, "");
        }

        @Override
        public EventType type() {
            return EventType.DECIDED;
        }
    }

    /** 计时暂停: hearing, testing or expert review (§45), not counted in the limit. */
    record ClockPaused(String reason) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.CLOCK_PAUSED;
        }
    }

    /** 计时恢复. */
    record ClockResumed(String note) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.CLOCK_RESUMED;
        }
    }

    /** 出证: the certificate or licence is issued. */
    record CertificateIssued(String certificateNumber, String certificateName) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.CERTIFICATE_ISSUED;
        }
    }

    /** 办结. */
    record Concluded(String note) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.CONCLUDED;
        }
    }

    /** 送达: how the result reached the applicant (窗口领取, 邮寄 …). */
    record Delivered(String method, String note) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.DELIVERED;
        }
    }

    /** 评价 (好差评): the applicant's rating, 1 to 5. */
    record Evaluated(int score, String comment) implements EventPayload {
        public Evaluated {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("score must be 1..5");
            }
        }

        @Override
        public EventType type() {
            return EventType.EVALUATED;
        }
    }

    /** 作废: voided by a supervisor with a reason. */
    record Voided(String reason, String supervisor) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.VOIDED;
        }
    }

    /**
     * 期限重算: the State Council published the holidays of {@code publishedYear}, and the case's dates, counted
     * provisionally on the law's holidays before, are counted again on the published ones. Recorded by the
     * device that opened the case (its workstation, as {@link org.onewindow.domain.staff.User#SYSTEM}). The
     * promised date is never moved earlier than the applicant was told; the statutory deadline is the law's.
     */
    record DeadlinesRecalculated(LocalDate promisedDate, LocalDate statutoryDeadline, boolean promisedProvisional,
                                 boolean statutoryProvisional, int publishedYear, String reason)
            implements EventPayload {
        @Override
        public EventType type() {
            return EventType.DEADLINES_RECALCULATED;
        }
    }

    /**
     * A step after acceptance (issue 12): routing, voiding a spoiled certificate print, collection, mail and fees.
     * The records are in {@link AfterAcceptance}; they fold into {@link CaseState#afterAcceptance()}.
     */
    sealed interface AfterAcceptanceStep extends EventPayload permits AfterAcceptance.CaseRouted,
            AfterAcceptance.CertificatePrintVoided, AfterAcceptance.ResultCollected,
            AfterAcceptance.PostalIntakeRecorded, AfterAcceptance.MailDeliveryChosen, AfterAcceptance.MailSent,
            AfterAcceptance.MailTracked, AfterAcceptance.FeePaid, AfterAcceptance.FeeWaived {
    }

    /** A document printed for the case; {@code reprint} is stamped 补打. */
    record DocumentPrinted(String documentKind, String documentNumber, boolean reprint,
                           String sha256) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.DOCUMENT_PRINTED;
        }
    }
}
