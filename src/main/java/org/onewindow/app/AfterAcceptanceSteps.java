package org.onewindow.app;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.AfterAcceptance;
import org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity;
import org.onewindow.domain.caselog.AfterAcceptance.Licence;
import org.onewindow.domain.caselog.AfterAcceptance.MailPurpose;
import org.onewindow.domain.caselog.AfterAcceptance.MailState;
import org.onewindow.domain.caselog.AfterAcceptanceRules;
import org.onewindow.domain.caselog.AfterAcceptanceState;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseRules;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.Identifiers;
import org.onewindow.domain.staff.User;
import org.onewindow.print.AfterAcceptancePapers;
import org.onewindow.print.CertificateData;
import org.onewindow.print.CertificateRenderer;
import org.onewindow.print.CertificateTemplate;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.Issue;
import org.onewindow.print.PrintOffset;
import org.onewindow.print.PrintedDocument;
import org.onewindow.store.CaseDesk;

/**
 * The window's steps after acceptance (issue 12, decision record 0033), each one transaction whose events
 * {@link CaseRules} checks where they are kept: 分送审批, 出证 on site (plain paper or 套打) with a spoiled print
 * voided and printed again, 领取 with the 签收单 printed and kept, the result mailed with its label and tracked, the
 * fee paid or waived. Printing goes first and is recorded with its exact PDF; a failed print records nothing.
 */
public final class AfterAcceptanceSteps {

    private final Supplier<Catalog> catalog;
    private final CaseDesk desk;
    private final Supplier<CertificateRenderer> certificates;
    private final Supplier<AfterAcceptancePapers> papers;
    private final Supplier<DocumentPrinter> printer;
    private final Supplier<String> officeAbbreviation;
    private final Clock clock;
    private final Changes changes;

    AfterAcceptanceSteps(Supplier<Catalog> catalog, CaseDesk desk, Supplier<CertificateRenderer> certificates,
                         Supplier<AfterAcceptancePapers> papers, Supplier<DocumentPrinter> printer,
                         Supplier<String> officeAbbreviation, Clock clock, Changes changes) {
        this.catalog = catalog;
        this.desk = desk;
        this.certificates = certificates;
        this.papers = papers;
        this.printer = printer;
        this.officeAbbreviation = officeAbbreviation;
        this.clock = clock;
        this.changes = changes;
    }

    /** 分送审批: to the department the catalog names for the case's first item. */
    public CaseState route(User clerk, UUID caseId) {
        CaseState state = desk.state(caseId);
        Department department = departmentOf(state)
                .orElseThrow(() -> new Problem.NotFound("目录中没有本案事项的审批部门"));
        return saved(desk.record(clerk, caseId, new AfterAcceptance.CaseRouted(department.code(), department.name())));
    }

    java.util.Optional<Department> departmentOf(CaseState state) {
        Catalog items = catalog.get();
        return state.intake().itemCodes().stream().map(items::item).flatMap(java.util.Optional::stream)
                .map(ServiceItem::departmentCode).map(items::department).flatMap(java.util.Optional::stream).findFirst();
    }

    /** The certificate printed: its number, PDF and operator recorded, with the stock it went on. */
    public record IssuedCertificate(CaseState state, PrintedDocument printed, String printerName) {
    }

    /**
     * 出证 at the window: the certificate rendered from the case (holder, address, representative) and the approval
     * (number, validity, scope, deciding department), printed on plain paper or onto pre-printed stock shifted by
     * {@code offset}; 出证 and the print with its PDF recorded together. The fee must be settled first.
     */
    public IssuedCertificate issueCertificate(User clerk, UUID caseId, CertificateRenderer.Stock stock, PrintOffset offset) {
        CaseState state = desk.state(caseId);
        Licence licence = licenceOf(state);
        EventPayload.CertificateIssued issued = new EventPayload.CertificateIssued(licence.number(), licence.name());
        CaseRules.check(state, issued, clerk.role());
        PrintedDocument pdf = renderCertificate(state, licence, stock, offset, false);
        String printerName = printer.get().print(pdf);
        desk.append(clerk, caseId, current -> current.certificateNumber().isEmpty() ? issued : null);
        desk.recordPrinted(clerk, caseId, kindOf(stock), pdf.documentNumber(), false, pdf.pdf());
        return new IssuedCertificate(saved(desk.state(caseId)), pdf, printerName);
    }

    /** A spoiled print voided with its reason, and the certificate printed again (补打), in that order. */
    public IssuedCertificate voidAndReprint(User clerk, UUID caseId, String reason, CertificateRenderer.Stock stock,
                                            PrintOffset offset) {
        CaseState state = desk.state(caseId);
        List<CaseState.PrintedDocument> live = AfterAcceptanceRules.liveCertificatePrints(state);
        if (live.isEmpty()) {
            throw new Problem.RuleBroken("本案没有可作废重打的证照打印件");
        }
        CaseState.PrintedDocument spoiled = live.get(live.size() - 1);
        AfterAcceptance.CertificatePrintVoided voided = new AfterAcceptance.CertificatePrintVoided(
                state.certificateNumber(), spoiled.sha256(), reason == null ? "" : reason.strip());
        CaseRules.check(state, voided, clerk.role());
        PrintedDocument pdf = renderCertificate(state, licenceOf(state), stock, offset, true);
        String printerName = printer.get().print(pdf);
        desk.record(clerk, caseId, voided);
        desk.recordPrinted(clerk, caseId, kindOf(stock), pdf.documentNumber(), true, pdf.pdf());
        return new IssuedCertificate(saved(desk.state(caseId)), pdf, printerName);
    }

    private static String kindOf(CertificateRenderer.Stock stock) {
        return stock == CertificateRenderer.Stock.PRE_PRINTED ? "CERTIFICATE_ON_STOCK" : "CERTIFICATE";
    }

    private static Licence licenceOf(CaseState state) {
        Licence licence = state.afterAcceptance().licence();
        if (!Boolean.TRUE.equals(state.approved())) {
            throw new Problem.RuleBroken("尚未作出准予许可的决定，不能出证");
        }
        if (licence == null) {
            throw new Problem.RuleBroken("审批部门的决定没有证照信息（证照编号、有效期、许可范围），不能当场出证，请联系审批部门");
        }
        return licence;
    }

    /** The certificate as it would print now: for the preview and for the PDF read back. */
    public PrintedDocument renderCertificate(CaseState state, Licence licence, CertificateRenderer.Stock stock,
                                             PrintOffset offset, boolean again) {
        String itemCode = state.intake().itemCodes().get(0);
        CertificateTemplate template;
        try {
            template = CertificateTemplate.bundled(itemCode);
        } catch (RuntimeException e) {
            throw new Problem.NotFound("事项 " + itemCode + " 没有证照模板，不能当场出证");
        }
        var applicant = state.intake().applicant();
        String issuer = departmentOf(state).map(Department::name).orElse(state.afterAcceptance().departmentName());
        String scope = licence.scope().isEmpty() ? "—" : licence.scope();
        Map<String, String> values = new HashMap<>();
        values.put("creditCode", applicant.idNumber());
        values.put("representative", applicant.legalRepresentative().isEmpty() ? applicant.name()
                : applicant.legalRepresentative());
        values.put("address", applicant.address().isEmpty() ? "—" : applicant.address());
        values.put("premises", applicant.address().isEmpty() ? "—" : applicant.address());
        values.put("businessType", licence.name());
        values.put("scope", scope);
        values.put("validUntil", licence.validUntil() == null ? "长期" : chinese(licence.validUntil()));
        values.put("issuer", issuer);
        values.put("entityType", licence.name());
        values.put("operator", applicant.legalRepresentative().isEmpty() ? applicant.name()
                : applicant.legalRepresentative());
        values.put("composition", "—");
        values.put("registeredOn", chinese(licence.validFrom()));
        LocalDateTime now = now();
        CertificateData data = new CertificateData(licence.number(), state.caseNumber(), applicant.name(),
                licence.validFrom(), values);
        Issue issue = Issue.of(licence.number(), now);
        return certificates.get().render(template, data, again ? issue.reprint(now) : issue, stock, offset);
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Who came to collect: the applicant themself, or an agent with the applicant's 委托书. */
    public record Collector(CollectorCapacity capacity, String name, IdKind idKind, String idNumber,
                            String authorisation) {
    }

    /** The result handed over and signed for: 领取 and its printed 签收单 kept with the case. */
    public record Collected(CaseState state, PrintedDocument receipt, String printerName) {
    }

    public Collected collect(User clerk, UUID caseId, Collector who) {
        CaseState state = desk.state(caseId);
        AfterAcceptance.ResultCollected collected = new AfterAcceptance.ResultCollected(who.capacity(),
                who.name() == null ? "" : who.name().strip(), who.idKind(),
                who.idNumber() == null ? "" : Identifiers.normalise(who.idNumber()), who.authorisation());
        CaseRules.check(state, collected, clerk.role());
        String result = Boolean.TRUE.equals(state.approved())
                ? state.afterAcceptance().licence() == null ? state.certificateNumber()
                : state.afterAcceptance().licence().name() + "（编号 " + state.certificateNumber() + "）"
                : "不予行政许可决定书";
        String masked = Identifiers.recorded(who.idKind(), collected.idNumber()).masked();
        AfterAcceptancePapers.CollectionSlip slip = new AfterAcceptancePapers.CollectionSlip(state.caseNumber(),
                state.intake().applicant().name(), itemNames(state), result, collected.collectorName(),
                who.capacity().label(), masked, collected.authorisation(), today(), clerk.displayName());
        PrintedDocument receipt = papers.get().collectionReceipt(slip, Issue.of(number("领"), now()));
        String printerName = printer.get().print(receipt);
        desk.record(clerk, caseId, collected);
        desk.recordPrinted(clerk, caseId, receipt.kind().name(), receipt.documentNumber(), false, receipt.pdf());
        return new Collected(saved(desk.state(caseId)), receipt, printerName);
    }

    /** 选择邮寄送达 after acceptance (the applicant changed their mind, or asked by phone). */
    public CaseState chooseMail(User clerk, UUID caseId, String recipient, String phone, String address) {
        return saved(desk.record(clerk, caseId, mailChoice(recipient, phone, address)));
    }

    /** The 选择邮寄送达 event, checked now, to record with the acceptance ({@link TakeApplication#take}). */
    public static AfterAcceptance.MailDeliveryChosen mailChoice(String recipient, String phone, String address) {
        AfterAcceptanceRules.addressProblem(recipient, phone, address).ifPresent(problem -> {
            throw new Problem.InvalidInput(problem);
        });
        String standardPhone = org.onewindow.domain.identity.PhoneNumber.check(phone).normalized();
        return new AfterAcceptance.MailDeliveryChosen(recipient.strip(), standardPhone, address.strip());
    }

    /** A mailing on its way: the label printed, the courier, waybill and postage recorded. */
    public record Mailed(CaseState state, PrintedDocument label, String printerName) {
    }

    /**
     * 寄出: the result (or, for a case taken by post, its receipt) to the address chosen, with the label printed on
     * {@code size}; {@code postagePaidByHall} for 证照免费邮.
     */
    public Mailed mail(User clerk, UUID caseId, MailPurpose purpose, String courier, String waybillNumber,
                       BigDecimal postage, boolean postagePaidByHall, AfterAcceptancePapers.LabelSize size) {
        CaseState state = desk.state(caseId);
        AfterAcceptanceState after = state.afterAcceptance();
        AfterAcceptanceState.MailAddress to = purpose == MailPurpose.RESULT ? after.mailTo()
                : new AfterAcceptanceState.MailAddress(state.intake().applicant().name(),
                state.intake().applicant().phone(), state.intake().applicant().address());
        if (to == null) {
            throw new Problem.RuleBroken("申请人受理时未选择邮寄送达，办理结果应在窗口领取");
        }
        AfterAcceptance.MailSent sent = new AfterAcceptance.MailSent(purpose, courier == null ? "" : courier.strip(),
                waybillNumber == null ? "" : waybillNumber.strip(), to.recipient(), to.phone(), to.address(),
                postagePaidByHall, postage);
        CaseRules.check(state, sent, clerk.role());
        String contents = purpose == MailPurpose.RESULT
                ? (state.afterAcceptance().licence() == null ? "办理结果" : state.afterAcceptance().licence().name())
                : "受理回执";
        PrintedDocument label = papers.get().mailLabel(new AfterAcceptancePapers.MailLabel(state.caseNumber(), contents,
                to.recipient(), to.phone(), to.address(), sent.courier(), sent.waybillNumber(), postagePaidByHall),
                size, Issue.of(sent.waybillNumber(), now()));
        String printerName = printer.get().print(label);
        desk.record(clerk, caseId, sent);
        desk.recordPrinted(clerk, caseId, label.kind().name(), label.documentNumber(), false, label.pdf());
        return new Mailed(saved(desk.state(caseId)), label, printerName);
    }

    /** 妥投 or 退回 as the courier reports it. */
    public CaseState track(User clerk, UUID caseId, String waybillNumber, MailState state, String note) {
        return saved(desk.record(clerk, caseId, new AfterAcceptance.MailTracked(waybillNumber, state, note)));
    }

    /** 缴费: the amount, the 非税收入票据 number and who paid. */
    public CaseState pay(User clerk, UUID caseId, BigDecimal amount, String receiptNumber, String payer) {
        Objects.requireNonNull(amount, "amount");
        return saved(desk.record(clerk, caseId, new AfterAcceptance.FeePaid(amount,
                receiptNumber == null ? "" : receiptNumber.strip(), payer == null ? "" : payer.strip())));
    }

    /** 免收: the provision that waives the fee. */
    public CaseState waive(User clerk, UUID caseId, String basis) {
        return saved(desk.record(clerk, caseId, new AfterAcceptance.FeeWaived(basis == null ? "" : basis.strip())));
    }

    private String itemNames(CaseState state) {
        Catalog items = catalog.get();
        return String.join("、", state.intake().itemCodes().stream()
                .map(code -> items.item(code).map(ServiceItem::name).orElse(code)).toList());
    }

    private String number(String word) {
        return desk.nextDocumentNumber(officeAbbreviation.get() + word).text();
    }

    private CaseState saved(CaseState state) {
        changes.caseSaved(state);
        return state;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE);
    }
}
