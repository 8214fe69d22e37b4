package org.onewindow.domain.caselog;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity;
import org.onewindow.domain.caselog.AfterAcceptance.MailPurpose;
import org.onewindow.domain.caselog.AfterAcceptance.MailState;
import org.onewindow.domain.identity.Identifiers;
import org.onewindow.domain.identity.PhoneNumber;

/**
 * Which step after acceptance may be recorded on a case as it stands (decision record 0033), part of
 * {@link CaseRules}: the window checks them before it appends and the back office's desk before it stores a step.
 * What a step says on its own ({@link #payloadProblem}, through {@link EventValidation}) and against the case's
 * settled facts ({@link #factsProblem}) the centre checks on every pushed step with this one code. Each reason is for
 * the clerk, in Chinese.
 */
public final class AfterAcceptanceRules {

    /** Waybill numbers as the couriers print them: letters and digits, 8 to 30. */
    private static final Pattern WAYBILL = Pattern.compile("[A-Za-z0-9]{8,30}");
    /** A 非税收入票据 number: its code and serial, digits (some provinces add letters or a hyphen). */
    private static final Pattern RECEIPT_NUMBER = Pattern.compile("[A-Za-z0-9-]{6,40}");
    /** A certificate kind of document: the plain sheet or the stock printed on (套打). */
    public static final String CERTIFICATE_KIND = "CERTIFICATE";

    private AfterAcceptanceRules() {
    }

    /**
     * Why {@code step} may not be recorded on a case in {@code state}: what it says on its own
     * ({@link #payloadProblem}), what it says against the case's own facts ({@link #factsProblem}) and whether it may
     * follow what the case's log already holds (paid once, collected once, a result ready, a mailing on its way).
     * The window checks all of it before it appends.
     */
    static Optional<String> violation(CaseState state, EventPayload.AfterAcceptanceStep step) {
        AfterAcceptanceState after = state.afterAcceptance();
        EventPayload payload = step;
        return switch (step.type()) {
            case CASE_ROUTED -> routing(state, (AfterAcceptance.CaseRouted) payload);
            case CERTIFICATE_PRINT_VOIDED -> voidingPrint(state, (AfterAcceptance.CertificatePrintVoided) payload);
            case RESULT_COLLECTED -> collecting(state, (AfterAcceptance.ResultCollected) payload);
            case POSTAL_INTAKE_RECORDED -> postalIntake(state, (AfterAcceptance.PostalIntakeRecorded) payload);
            case MAIL_DELIVERY_CHOSEN -> choosingMail(state, (AfterAcceptance.MailDeliveryChosen) payload);
            case MAIL_SENT -> mailing(state, (AfterAcceptance.MailSent) payload);
            case MAIL_TRACKED -> tracking(after, (AfterAcceptance.MailTracked) payload);
            case FEE_PAID -> paying(state, (AfterAcceptance.FeePaid) payload);
            case FEE_WAIVED -> waiving(state, (AfterAcceptance.FeeWaived) payload);
            default -> Optional.of("“" + step.type().label() + "”不是受理后的步骤");
        };
    }

    /**
     * What a step says on its own, whatever the case (decision record 0033): a department named, a void's reason, a
     * collector named with a document number and, for an agent, the 委托书; a courier and a waybill of 8 to 30
     * letters or digits, the day the post arrived; an address with a recipient, a phone {@link PhoneNumber} accepts
     * and 8 characters; postage not negative; a mailing's state delivered or returned, a return with its reason; a fee
     * paid with a 非税收入票据 number and a payer, a waiver with its basis. Every reader checks it through
     * {@link EventValidation}: the window before it appends and on pull, the centre on push.
     */
    public static Optional<String> payloadProblem(EventPayload.AfterAcceptanceStep step) {
        EventPayload payload = step;
        return switch (step.type()) {
            case CASE_ROUTED -> department((AfterAcceptance.CaseRouted) payload);
            case CERTIFICATE_PRINT_VOIDED -> voidReason((AfterAcceptance.CertificatePrintVoided) payload);
            case RESULT_COLLECTED -> collector((AfterAcceptance.ResultCollected) payload);
            case POSTAL_INTAKE_RECORDED -> postalParcel((AfterAcceptance.PostalIntakeRecorded) payload);
            case MAIL_DELIVERY_CHOSEN -> {
                AfterAcceptance.MailDeliveryChosen m = (AfterAcceptance.MailDeliveryChosen) payload;
                yield addressProblem(m.recipient(), m.phone(), m.address());
            }
            case MAIL_SENT -> mailingPayload((AfterAcceptance.MailSent) payload);
            case MAIL_TRACKED -> trackingPayload((AfterAcceptance.MailTracked) payload);
            case FEE_PAID -> payment((AfterAcceptance.FeePaid) payload);
            case FEE_WAIVED -> waiverBasis((AfterAcceptance.FeeWaived) payload);
            default -> Optional.of("“" + step.type().label() + "”不是受理后的步骤");
        };
    }

    /**
     * What a step says against the facts of the case that no other step changes, so that a log merged from several
     * devices cannot make them wrong: the case is opened; the collector is the applicant (number and name) or an
     * agent who is not; the post arrived no later than the case was received; a fee is paid or waived only on a case
     * with one, and paid in its exact amount. The centre checks it on every pushed step against its fold of the case
     * before the step (what may follow what — paid once, a result ready — the window judged where it was recorded,
     * and the fold takes the union of logs as it is: decision record 0033).
     */
    public static Optional<String> factsProblem(CaseState state, EventPayload.AfterAcceptanceStep step) {
        if (!state.opened()) {
            return Optional.of("案件尚未受理登记，不能记录“" + step.type().label() + "”");
        }
        EventPayload payload = step;
        return switch (step.type()) {
            case RESULT_COLLECTED -> collectorIdentity(state, (AfterAcceptance.ResultCollected) payload);
            case POSTAL_INTAKE_RECORDED -> arrivalDay(state, (AfterAcceptance.PostalIntakeRecorded) payload);
            case FEE_PAID -> feeCharged(state).or(() -> feeAmount(state, (AfterAcceptance.FeePaid) payload));
            case FEE_WAIVED -> feeCharged(state);
            default -> Optional.empty();
        };
    }

    /**
     * Why the centre refuses a pushed step on a case that stood as {@code before} just before it: its payload, then
     * the case's facts; empty when it may be stored.
     */
    public static Optional<String> pushedStepProblem(CaseState before, EventPayload.AfterAcceptanceStep step) {
        return payloadProblem(step).or(() -> factsProblem(before, step));
    }

    /** Why a fee still blocks issuing or concluding: the amount due and what to do. */
    public static Optional<String> feeOutstanding(CaseState state, String what) {
        AfterAcceptanceState after = state.afterAcceptance();
        if (after.feeSettled()) {
            return Optional.empty();
        }
        return Optional.of("本事项应收费 " + after.feeDue().toPlainString() + " 元，尚未缴费或免收，不能" + what
                + "：请先登记缴费（金额、非税收入票据号、缴款人）或免收依据");
    }

    /** The certificate prints not voided, newest last. */
    public static java.util.List<CaseState.PrintedDocument> liveCertificatePrints(CaseState state) {
        return state.documents().stream()
                .filter(d -> d.kind().startsWith(CERTIFICATE_KIND) && !state.afterAcceptance().voided(d.sha256()))
                .toList();
    }

    /** A certificate may go to the printer: issued, and any print before it voided (never silently replaced). */
    static Optional<String> printingCertificate(CaseState state, EventPayload.DocumentPrinted printed) {
        if (!printed.documentKind().startsWith(CERTIFICATE_KIND)) {
            return Optional.empty();
        }
        if (state.certificateNumber().isEmpty()) {
            return Optional.of("尚未出证登记，不能打印证照");
        }
        if (!liveCertificatePrints(state).isEmpty()) {
            return Optional.of("证照已打印，须先将原件作废（写明原因）才能重新打印");
        }
        return Optional.empty();
    }

    /** Whether the result is there to hand over: the certificate printed, or a denial decided. */
    public static boolean resultReady(CaseState state) {
        if (Boolean.FALSE.equals(state.approved())) {
            return true;
        }
        return Boolean.TRUE.equals(state.approved()) && !liveCertificatePrints(state).isEmpty();
    }

    private static Optional<String> department(AfterAcceptance.CaseRouted r) {
        return blank(r.departmentCode()) ? Optional.of("分送审批须写明审批部门") : Optional.empty();
    }

    private static Optional<String> routing(CaseState state, AfterAcceptance.CaseRouted r) {
        Optional<String> department = department(r);
        if (department.isPresent()) {
            return department;
        }
        CaseStatus status = state.status();
        if (status != CaseStatus.ACCEPTED && status != CaseStatus.IN_PROGRESS && status != CaseStatus.SUSPENDED) {
            return Optional.of("案件当前状态为“" + status.label() + "”，不能分送审批");
        }
        if (state.approved() != null) {
            return Optional.of("审批部门已作出决定，不能再分送");
        }
        return Optional.empty();
    }

    private static Optional<String> voidReason(AfterAcceptance.CertificatePrintVoided v) {
        return blank(v.reason()) ? Optional.of("作废证照必须写明原因") : Optional.empty();
    }

    private static Optional<String> voidingPrint(CaseState state, AfterAcceptance.CertificatePrintVoided v) {
        Optional<String> reason = voidReason(v);
        if (reason.isPresent()) {
            return reason;
        }
        boolean live = liveCertificatePrints(state).stream().anyMatch(d -> d.sha256().equals(v.sha256()));
        if (!live) {
            return Optional.of("没有可作废的证照打印件（已作废或未打印）");
        }
        if (state.afterAcceptance().handedOver()) {
            return Optional.of("证照已交付申请人，不能作废重打");
        }
        return Optional.empty();
    }

    private static Optional<String> collecting(CaseState state, AfterAcceptance.ResultCollected c) {
        AfterAcceptanceState after = state.afterAcceptance();
        if (state.status() == CaseStatus.VOIDED || state.status() == CaseStatus.REFUSED) {
            return Optional.of("案件已“" + state.status().label() + "”，没有可领取的结果");
        }
        if (!resultReady(state)) {
            return Optional.of("办理结果尚未出具（证照未打印），不能领取");
        }
        if (after.handedOver()) {
            return Optional.of("办理结果已经交付，不能重复领取");
        }
        if (after.resultMailing().map(m -> m.state() == MailState.SENT).orElse(false)) {
            return Optional.of("办理结果已邮寄在途，不能在窗口领取");
        }
        Optional<String> fee = feeOutstanding(state, "领取");
        if (fee.isPresent()) {
            return fee;
        }
        return collector(c).or(() -> collectorIdentity(state, c));
    }

    /** A collector named with a document number; an agent with the 委托书 recorded. */
    private static Optional<String> collector(AfterAcceptance.ResultCollected c) {
        if (blank(c.collectorName()) || blank(c.idNumber())) {
            return Optional.of("请填写领取人姓名和证件号码");
        }
        if (c.capacity() == CollectorCapacity.AGENT && blank(c.authorisation())) {
            return Optional.of("委托他人代领须登记申请人签署的委托书");
        }
        return Optional.empty();
    }

    /** The applicant collects with the number and name of the application; an agent is someone else. */
    private static Optional<String> collectorIdentity(CaseState state, AfterAcceptance.ResultCollected c) {
        if (blank(c.collectorName()) || blank(c.idNumber())) {
            return collector(c);
        }
        String applicantNumber = Identifiers.normalise(state.intake().applicant().idNumber());
        boolean sameNumber = Identifiers.normalise(c.idNumber()).equals(applicantNumber);
        if (c.capacity() == CollectorCapacity.APPLICANT) {
            if (!sameNumber) {
                return Optional.of("领取人证件号码与申请人不一致：申请人本人领取须出示申请时的证件，他人代领须有委托书");
            }
            if (!c.collectorName().strip().equals(state.intake().applicant().name().strip())) {
                return Optional.of("领取人姓名与申请人“" + state.intake().applicant().name() + "”不一致");
            }
            return Optional.empty();
        }
        if (sameNumber) {
            return Optional.of("领取人即申请人本人，应按“申请人本人”领取");
        }
        return Optional.empty();
    }

    private static Optional<String> postalIntake(CaseState state, AfterAcceptance.PostalIntakeRecorded p) {
        if (state.afterAcceptance().postalIntake() != null) {
            return Optional.of("邮寄收件已经登记");
        }
        return postalParcel(p).or(() -> arrivalDay(state, p));
    }

    private static Optional<String> postalParcel(AfterAcceptance.PostalIntakeRecorded p) {
        if (blank(p.courier()) || !waybill(p.waybillNumber())) {
            return Optional.of("请填写寄件的快递公司和运单号（8 至 30 位字母或数字）");
        }
        if (p.arrivedOn() == null) {
            return Optional.of("请填写材料寄达日期");
        }
        return Optional.empty();
    }

    private static Optional<String> arrivalDay(CaseState state, AfterAcceptance.PostalIntakeRecorded p) {
        if (state.receivedOn() != null && p.arrivedOn() != null && p.arrivedOn().isAfter(state.receivedOn())) {
            return Optional.of("材料寄达日期不能晚于收件登记日期 " + state.receivedOn());
        }
        return Optional.empty();
    }

    private static boolean waybill(String number) {
        return number != null && WAYBILL.matcher(number).matches();
    }

    /** The address a result is mailed to: recipient, a phone that is one, an address a courier can find. */
    public static Optional<String> addressProblem(String recipient, String phone, String address) {
        if (blank(recipient)) {
            return Optional.of("请填写收件人");
        }
        var check = PhoneNumber.check(phone == null ? "" : phone);
        if (!check.valid()) {
            return Optional.of("收件人电话有误：" + String.join("；", check.problems()));
        }
        if (blank(address) || address.strip().length() < 8) {
            return Optional.of("请填写完整的邮寄地址（省市区县、街道门牌，至少 8 个字）");
        }
        return Optional.empty();
    }

    private static Optional<String> choosingMail(CaseState state, AfterAcceptance.MailDeliveryChosen m) {
        if (state.status() == CaseStatus.VOIDED || state.status() == CaseStatus.REFUSED) {
            return Optional.of("案件已“" + state.status().label() + "”，不能选择邮寄送达");
        }
        if (state.afterAcceptance().handedOver()) {
            return Optional.of("办理结果已经交付");
        }
        return addressProblem(m.recipient(), m.phone(), m.address());
    }

    private static Optional<String> mailingPayload(AfterAcceptance.MailSent m) {
        if (blank(m.courier()) || !waybill(m.waybillNumber())) {
            return Optional.of("请填写快递公司和运单号（8 至 30 位字母或数字）");
        }
        if (m.postage().signum() < 0) {
            return Optional.of("邮费不能为负数");
        }
        return addressProblem(m.recipient(), m.phone(), m.address());
    }

    private static Optional<String> mailing(CaseState state, AfterAcceptance.MailSent m) {
        AfterAcceptanceState after = state.afterAcceptance();
        Optional<String> payload = mailingPayload(m);
        if (payload.isPresent()) {
            return payload;
        }
        if (after.mailings().stream().anyMatch(x -> x.waybillNumber().equals(m.waybillNumber()))) {
            return Optional.of("运单号 " + m.waybillNumber() + " 已用于本案件的另一邮件");
        }
        if (m.purpose() == MailPurpose.RECEIPT) {
            return after.postalIntake() == null ? Optional.of("只有邮寄收件的案件才寄回受理回执") : Optional.empty();
        }
        if (after.mailTo() == null) {
            return Optional.of("申请人受理时未选择邮寄送达，办理结果应在窗口领取");
        }
        if (!after.mailPending() || after.handedOver()) {
            return Optional.of("办理结果已寄出或已交付");
        }
        if (!resultReady(state)) {
            return Optional.of("办理结果尚未出具（证照未打印），不能寄出");
        }
        return feeOutstanding(state, "寄出办理结果");
    }

    private static Optional<String> trackingPayload(AfterAcceptance.MailTracked t) {
        if (blank(t.waybillNumber())) {
            return Optional.of("请填写邮件的运单号");
        }
        if (t.state() == MailState.SENT) {
            return Optional.of("请登记妥投或退回");
        }
        if (t.state() == MailState.RETURNED && blank(t.note())) {
            return Optional.of("邮件退回须写明原因（如地址不详、拒收）");
        }
        return Optional.empty();
    }

    private static Optional<String> tracking(AfterAcceptanceState after, AfterAcceptance.MailTracked t) {
        var mailing = after.mailings().stream().filter(m -> m.waybillNumber().equals(t.waybillNumber())).findFirst();
        if (mailing.isEmpty()) {
            return Optional.of("本案件没有运单号为 " + t.waybillNumber() + " 的邮件");
        }
        Optional<String> payload = trackingPayload(t);
        if (payload.isPresent()) {
            return payload;
        }
        if (mailing.get().state() != MailState.SENT) {
            return Optional.of("该邮件已“" + mailing.get().state().label() + "”");
        }
        return Optional.empty();
    }

    private static Optional<String> paying(CaseState state, AfterAcceptance.FeePaid p) {
        return feeDue(state).or(() -> feeAmount(state, p)).or(() -> payment(p));
    }

    /** Paid in the exact amount the acceptance recorded. */
    private static Optional<String> feeAmount(CaseState state, AfterAcceptance.FeePaid p) {
        BigDecimal fee = state.afterAcceptance().feeDue();
        if (p.amount().compareTo(fee) != 0) {
            return Optional.of("缴费金额 " + p.amount().toPlainString() + " 元与应收 " + fee.toPlainString() + " 元不符");
        }
        return Optional.empty();
    }

    /** A payment not negative, with two decimals at most, its 非税收入票据 number and its payer. */
    private static Optional<String> payment(AfterAcceptance.FeePaid p) {
        if (p.amount().signum() < 0 || p.amount().scale() > 2) {
            return Optional.of("缴费金额 " + p.amount().toPlainString() + " 元不合法（不得为负，最多两位小数）");
        }
        if (p.receiptNumber() == null || !RECEIPT_NUMBER.matcher(p.receiptNumber()).matches()) {
            return Optional.of("请填写非税收入票据号（6 至 40 位数字或字母）");
        }
        if (blank(p.payer())) {
            return Optional.of("请填写缴款人");
        }
        return Optional.empty();
    }

    private static Optional<String> waiverBasis(AfterAcceptance.FeeWaived w) {
        return blank(w.basis()) ? Optional.of("免收须写明依据（文件名称和条款）") : Optional.empty();
    }

    private static Optional<String> waiving(CaseState state, AfterAcceptance.FeeWaived w) {
        return feeDue(state).or(() -> waiverBasis(w));
    }

    /** The case charges a fee at all (the acceptance recorded one). */
    private static Optional<String> feeCharged(CaseState state) {
        return state.afterAcceptance().feeDue().signum() == 0 ? Optional.of("本案件不收费") : Optional.empty();
    }

    private static Optional<String> feeDue(CaseState state) {
        AfterAcceptanceState after = state.afterAcceptance();
        Optional<String> charged = feeCharged(state);
        if (charged.isPresent()) {
            return charged;
        }
        if (after.fee() != null) {
            return Optional.of(after.fee().waived() ? "本案件已免收" : "本案件已缴费，票据号 " + after.fee().receiptNumber());
        }
        if (state.status() == CaseStatus.VOIDED || state.status() == CaseStatus.REFUSED) {
            return Optional.of("案件已“" + state.status().label() + "”，不能缴费");
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
