package org.onewindow.domain.caselog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.domain.catalog.DayUnit;
import java.util.regex.Pattern;
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

        /**
         * Whether this opening is the authority's decision on the application (受理, 一次性告知, 不予受理); a proxy
         * file (代办收件) opens a case without one: the hall decides after it received the file.
         */
        default boolean decides() {
            return true;
        }
    }

    /**
     * 受理: the application is accepted (plainly, with tolerated gaps, or on commitment).
     *
     * @param promisedDays         the promised limit the date was counted from (承诺时限, working days); null in
     *                             events recorded before the limits were kept (schema 1)
     * @param statutoryDays        the statutory limit (法定时限) in {@code statutoryUnit}, likewise
     * @param promisedProvisional  the promised date was counted over days whose holidays were not yet published
     *                             (暂定): what the applicant was told
     * @param statutoryProvisional the same for the statutory deadline
     * @param statutoryUnit        how the statutory limit counts (工作日 or 日, schema 3); acceptances of schemas 1 and
     *                             2 counted working days
     */
    record ApplicationAccepted(String caseNumber, Intake intake, DecisionKind decision,
                               LocalDate promisedDate, LocalDate statutoryDeadline,
                               LocalDate toleranceDeadline, String responsibleClerk,
                               BigDecimal fee, Integer promisedDays, Integer statutoryDays,
                               boolean promisedProvisional, boolean statutoryProvisional,
                               DayUnit statutoryUnit) implements Opening {
        public ApplicationAccepted {
            if (!decision.accepts()) {
                throw new IllegalArgumentException("not an acceptance: " + decision);
            }
            java.util.Objects.requireNonNull(statutoryUnit, "statutoryUnit");
        }

        /** An acceptance whose statutory limit counts working days, as most do. */
        public ApplicationAccepted(String caseNumber, Intake intake, DecisionKind decision, LocalDate promisedDate,
                                   LocalDate statutoryDeadline, LocalDate toleranceDeadline, String responsibleClerk,
                                   BigDecimal fee, Integer promisedDays, Integer statutoryDays,
                                   boolean promisedProvisional, boolean statutoryProvisional) {
            this(caseNumber, intake, decision, promisedDate, statutoryDeadline, toleranceDeadline, responsibleClerk, fee,
                    promisedDays, statutoryDays, promisedProvisional, statutoryProvisional, DayUnit.WORKING_DAYS);
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
     * 事后核查: the check of a commitment that replaced a 证明 (告知承诺制, 国办发〔2020〕42号), with its outcome — 属实
     * ({@code truthful}), or 不实, with what was found; a false commitment is then followed by 责令整改 and, failing
     * that, {@link ApprovalRevoked}.
     *
     * @param method   how it was checked (data sharing, on-site inspection …)
     * @param findings what was found; required when the commitment was false
     */
    record PostVerificationRecorded(String materialCode, String materialName, boolean truthful, String method,
                                    String findings) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.POST_VERIFICATION_RECORDED;
        }
    }

    /**
     * 撤销: the decision granted on the application is revoked (行政许可法 §69: e.g. obtained by a false commitment),
     * and the credit record made of it (信用记录).
     *
     * @param basis        the provision it is revoked under
     * @param creditRecord what was entered in the credit record, e.g. where and as what; empty when none was made
     */
    record ApprovalRevoked(String reason, String basis, String creditRecord) implements EventPayload {
        @Override
        public EventType type() {
            return EventType.APPROVAL_REVOKED;
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

    /**
     * 代办收件: an agent (帮办代办员) at a site took in an application for the applicant, to carry it to the hall. It
     * opens the case under the site device's number without any decision of the authority: the agent checked the
     * materials with the same live rules and the applicant was told at once what the hall would decide and what is
     * missing, but the hall decides (受理 starts then) once it received the file.
     *
     * @param responsibleClerk the agent's user id, first contact for the applicant (首问负责)
     * @param agentName        the agent's name, as the applicant authorised them
     * @param site             the site's code
     * @param authorisation    how the applicant authorised the agent (委托代办)
     * @param expected         the decision the live rules showed for the materials as the agent found them
     * @param deficiencies     what the applicant was told is missing or defective, all at once (一次性告知 applies)
     * @param handOverBy       the day by which the site promised to carry the file to the hall
     */
    record ProxyFileOpened(String caseNumber, Intake intake, String responsibleClerk, String agentName, String site,
                           Authorisation authorisation, DecisionKind expected, List<Deficiency> deficiencies,
                           LocalDate handOverBy) implements Opening {
        public ProxyFileOpened {
            deficiencies = List.copyOf(deficiencies);
            agentName = agentName == null ? "" : agentName;
            if (site == null || site.isBlank()) {
                throw new IllegalArgumentException("a proxy file names the site that took it in");
            }
            java.util.Objects.requireNonNull(authorisation, "authorisation");
            java.util.Objects.requireNonNull(expected, "expected");
            java.util.Objects.requireNonNull(handOverBy, "handOverBy");
            if (expected == DecisionKind.REFUSE) {
                throw new IllegalArgumentException("an agent never refuses: only the hall can");
            }
        }

        @Override
        public boolean decides() {
            return false;
        }

        @Override
        public EventType type() {
            return EventType.PROXY_FILE_OPENED;
        }
    }

    /**
     * 交接送件: the agent listed the file on a hand-over sheet (交接单) and carries it to the hall, with its paper
     * materials counted.
     *
     * @param batchNumber the sheet's number, the same on every file of the batch
     * @param hall        the hall the batch goes to
     * @param papers      the paper materials of this file handed over, by count (份)
     */
    record HandedOver(String batchNumber, String hall, int papers, String note) implements EventPayload {
        public HandedOver {
            requireBatch(batchNumber);
            if (papers < 0) {
                throw new IllegalArgumentException("papers must not be negative");
            }
            note = note == null ? "" : note;
        }

        @Override
        public EventType type() {
            return EventType.HANDED_OVER;
        }
    }

    /**
     * 交接接收: the hall received the file of a hand-over batch, counted its papers and, when they differ from the
     * sheet or something else is amiss but the file can be taken, says so. The hall's decision follows.
     */
    record HandoverReceived(String batchNumber, int papersReceived, String discrepancy) implements EventPayload {
        public HandoverReceived {
            requireBatch(batchNumber);
            if (papersReceived < 0) {
                throw new IllegalArgumentException("papersReceived must not be negative");
            }
            discrepancy = discrepancy == null ? "" : discrepancy.strip();
        }

        @Override
        public EventType type() {
            return EventType.HANDOVER_RECEIVED;
        }
    }

    /** 交接退回: the hall did not take the file (missing, or its papers do not match); it goes back to the site. */
    record HandoverReturned(String batchNumber, int papersReceived, String reason) implements EventPayload {
        public HandoverReturned {
            requireBatch(batchNumber);
            if (papersReceived < 0) {
                throw new IllegalArgumentException("papersReceived must not be negative");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a returned file says what was wrong");
            }
        }

        @Override
        public EventType type() {
            return EventType.HANDOVER_RETURNED;
        }
    }

    /**
     * 材料电子件: a scan or photo of a material, kept by its SHA-256 under the data directory and sent to the centre
     * on its own; the event records what it is, never the bytes.
     *
     * @param source       where it came from: {@code FILE}, {@code SCANNER} or {@code CAMERA}
     * @param originalName the file's name as it was picked, for the person who picked it
     */
    record AttachmentAdded(String materialCode, String materialName, String sha256, long size, String mediaType,
                           String source, String originalName) implements EventPayload {

        /** The largest electronic copy kept: a multi-page scan as PDF; photos are made much smaller. */
        public static final long MAX_BYTES = 25L * 1024 * 1024;
        /** The kinds kept, checked on the bytes themselves before the event is written. */
        public static final List<String> MEDIA_TYPES = List.of("image/jpeg", "image/png", "application/pdf");
        private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

        public AttachmentAdded {
            java.util.Objects.requireNonNull(materialCode, "materialCode");
            materialName = materialName == null ? "" : materialName;
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
            }
            if (size < 1 || size > MAX_BYTES) {
                throw new IllegalArgumentException("size must be 1.." + MAX_BYTES + " bytes: " + size);
            }
            if (!MEDIA_TYPES.contains(mediaType)) {
                throw new IllegalArgumentException("media type not kept: " + mediaType);
            }
            if (!List.of("FILE", "SCANNER", "CAMERA").contains(source)) {
                throw new IllegalArgumentException("source must be FILE, SCANNER or CAMERA: " + source);
            }
            originalName = originalName == null ? "" : originalName;
        }

        @Override
        public EventType type() {
            return EventType.ATTACHMENT_ADDED;
        }
    }

    private static void requireBatch(String batchNumber) {
        if (batchNumber == null || batchNumber.isBlank()) {
            throw new IllegalArgumentException("a hand-over names its batch");
        }
    }
}
