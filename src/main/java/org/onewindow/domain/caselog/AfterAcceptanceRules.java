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
 * {@link CaseRules}: the window checks them before it appends, the centre before it stores, with this one code.
 * Each reason is for the clerk, in Chinese.
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

    private static Optional<String> routing(CaseState state, AfterAcceptance.CaseRouted r) {
        if (blank(r.departmentCode())) {
            return Optional.of("分送审批须写明审批部门");
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

    private static Optional<String> voidingPrint(CaseState state, AfterAcceptance.CertificatePrintVoided v) {
        if (blank(v.reason())) {
            return Optional.of("作废证照必须写明原因");
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
        if (blank(c.collectorName()) || blank(c.idNumber())) {
            return Optional.of("请填写领取人姓名和证件号码");
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
        if (blank(c.authorisation())) {
            return Optional.of("委托他人代领须登记申请人签署的委托书");
        }
        return Optional.empty();
    }

    private static Optional<String> postalIntake(CaseState state, AfterAcceptance.PostalIntakeRecorded p) {
        if (state.afterAcceptance().postalIntake() != null) {
            return Optional.of("邮寄收件已经登记");
        }
        if (blank(p.courier()) || p.waybillNumber() == null || !WAYBILL.matcher(p.waybillNumber()).matches()) {
            return Optional.of("请填写寄件的快递公司和运单号（8 至 30 位字母或数字）");
        }
        if (p.arrivedOn() == null) {
            return Optional.of("请填写材料寄达日期");
        }
        if (state.receivedOn() != null && p.arrivedOn().isAfter(state.receivedOn())) {
            return Optional.of("材料寄达日期不能晚于收件登记日期 " + state.receivedOn());
        }
        return Optional.empty();
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

    private static Optional<String> mailing(CaseState state, AfterAcceptance.MailSent m) {
        AfterAcceptanceState after = state.afterAcceptance();
        if (blank(m.courier()) || m.waybillNumber() == null || !WAYBILL.matcher(m.waybillNumber()).matches()) {
            return Optional.of("请填写快递公司和运单号（8 至 30 位字母或数字）");
        }
        if (after.mailings().stream().anyMatch(x -> x.waybillNumber().equals(m.waybillNumber()))) {
            return Optional.of("运单号 " + m.waybillNumber() + " 已用于本案件的另一邮件");
        }
        if (m.postage().signum() < 0) {
            return Optional.of("邮费不能为负数");
        }
        Optional<String> address = addressProblem(m.recipient(), m.phone(), m.address());
        if (address.isPresent()) {
            return address;
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

    private static Optional<String> tracking(AfterAcceptanceState after, AfterAcceptance.MailTracked t) {
        var mailing = after.mailings().stream().filter(m -> m.waybillNumber().equals(t.waybillNumber())).findFirst();
        if (mailing.isEmpty()) {
            return Optional.of("本案件没有运单号为 " + t.waybillNumber() + " 的邮件");
        }
        if (t.state() == MailState.SENT) {
            return Optional.of("请登记妥投或退回");
        }
        if (mailing.get().state() != MailState.SENT) {
            return Optional.of("该邮件已“" + mailing.get().state().label() + "”");
        }
        if (t.state() == MailState.RETURNED && blank(t.note())) {
            return Optional.of("邮件退回须写明原因（如地址不详、拒收）");
        }
        return Optional.empty();
    }

    private static Optional<String> paying(CaseState state, AfterAcceptance.FeePaid p) {
        Optional<String> due = feeDue(state);
        if (due.isPresent()) {
            return due;
        }
        BigDecimal fee = state.afterAcceptance().feeDue();
        if (p.amount().compareTo(fee) != 0) {
            return Optional.of("缴费金额 " + p.amount().toPlainString() + " 元与应收 " + fee.toPlainString() + " 元不符");
        }
        if (p.receiptNumber() == null || !RECEIPT_NUMBER.matcher(p.receiptNumber()).matches()) {
            return Optional.of("请填写非税收入票据号（6 至 40 位数字或字母）");
        }
        if (blank(p.payer())) {
            return Optional.of("请填写缴款人");
        }
        return Optional.empty();
    }

    private static Optional<String> waiving(CaseState state, AfterAcceptance.FeeWaived w) {
        Optional<String> due = feeDue(state);
        if (due.isPresent()) {
            return due;
        }
        return blank(w.basis()) ? Optional.of("免收须写明依据（文件名称和条款）") : Optional.empty();
    }

    private static Optional<String> feeDue(CaseState state) {
        AfterAcceptanceState after = state.afterAcceptance();
        if (after.feeDue().signum() == 0) {
            return Optional.of("本案件不收费");
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
