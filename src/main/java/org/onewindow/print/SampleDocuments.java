package org.onewindow.print;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.caselog.EventPayload.ApplicationRefused;
import org.onewindow.domain.caselog.EventPayload.DeficiencyNotified;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.DayUnit;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.intake.RefusalGround;
import org.onewindow.domain.intake.RefusalProposal;
import org.onewindow.print.layout.Paper;

/**
 * Realistic sample cases of every document kind, for {@code onewindow print-sample} (support staff check a printer
 * and the layout with it), the tests and the benchmark, on the bundled demo catalog, in a hall of the Shandong model:
 * 济南市历下区政务服务中心, where the 行政审批服务局 decides the items transferred to it with its own seal and the
 * stationed departments decide theirs (一窗受理、分类审批、综合出证). Names and numbers are invented; the credit codes
 * pass the product's own check.
 */
public final class SampleDocuments {

    public static final LocalDateTime ISSUED_AT = LocalDateTime.of(2026, 11, 23, 10, 30);
    public static final String CASE_NUMBER = "370102-0007-2611-000123-K";
    public static final String COMPANY_CREDIT_CODE = "91370102MA3C4K7L6J";
    public static final String SHOP_CREDIT_CODE = "92370102MA3D8P2N7N";
    /** The recorded ids of the people who acted; papers print their names (see {@link #staff()}). */
    public static final String CLERK = "lx-clerk07";
    public static final String SUPERVISOR = "lx-chief01";

    private SampleDocuments() {
    }

    /** The hall: its own profile, with the comprehensive window's verification address. */
    public static OfficeProfile office() {
        return new OfficeProfile("济南市历下区政务服务中心", "历下政服", "济南市历下区解放东路 3 号历下区政务服务中心 2 楼",
                "0531-86551234", "工作日 9:00—12:00，13:30—17:00", "登录爱山东政务服务平台或拨打 12345 政务服务热线",
                "济南市历下区人民政府", "济南市历下区人民法院", null, true, "https://zwfw.example.gov.cn/v/");
    }

    /** The hall and the authorities the demo catalog's items are decided by. */
    public static OfficeDirectory offices() {
        return offices(null);
    }

    /** As {@link #offices()}, the 行政审批服务局 and the hall sealing with {@code seal} (null: a box to stamp by hand). */
    public static OfficeDirectory offices(Path seal) {
        return new OfficeDirectory(office().withSealImage(seal), Map.of(
                "SPJ", new OfficeProfile("济南市历下区行政审批服务局", "历下审批", "济南市历下区解放东路 3 号", "0531-86551200",
                        "", "", "济南市历下区人民政府", "济南市历下区人民法院", seal, true, ""),
                "GAHZ", new OfficeProfile("济南市公安局历下区分局", "历下公", "济南市历下区解放东路 3 号政务服务中心 1 楼",
                        "0531-86551110", "", "", "济南市公安局", "济南市历下区人民法院", seal, false, ""),
                "RS", OfficeProfile.named("济南市历下区人力资源和社会保障局")), Paper.A5);
    }

    /** The staff of the samples, as the hall's accounts name them. */
    public static StaffNames staff() {
        return StaffNames.of(Map.of(CLERK, "王丽", SUPERVISOR, "张明"));
    }

    /** The bundled demo catalog: the samples show what a clerk would see on first run. */
    public static Catalog catalog() {
        return CatalogJson.bundled();
    }

    public static Applicant company(String name) {
        return new Applicant(ApplicantType.COMPANY, name, IdKind.CREDIT_CODE, COMPANY_CREDIT_CODE, "13800531234",
                "济南市历下区泉城路 66 号", "陈建国");
    }

    public static Applicant company() {
        return company("济南历下泉城味道餐饮管理有限公司");
    }

    public static Applicant person() {
        return new Applicant(ApplicantType.PERSON, "张建华", IdKind.RESIDENT_ID, "330102199003152348", "13900531111",
                "济南市历下区泉城路 18 号", "");
    }

    private static MaterialCheck check(String code, String name, MaterialStatus status) {
        return MaterialCheck.of(code, name, status);
    }

    /** The food-licence intake by an agent: every material in hand but the health certificates, tolerated; one fetched. */
    public static Intake foodIntake(Applicant applicant) {
        List<MaterialCheck> checks = List.of(
                check("M-SQB-SCJG-003", "食品经营许可申请书", MaterialStatus.PRESENTED_ORIGINAL),
                new MaterialCheck("M-YYZZ", "营业执照", MaterialStatus.ELECTRONIC_LICENCE, null, "", "营业执照电子证照"),
                check("M-SFZ", "申请人居民身份证", MaterialStatus.PRESENTED_COPY),
                check("M-SBBJ", "主要设备设施布局及操作流程文件", MaterialStatus.PRESENTED_ORIGINAL),
                check("M-PMT", "经营场所平面图（含周边环境）", MaterialStatus.PRESENTED_ORIGINAL),
                check("M-SPAQZD", "食品安全管理制度", MaterialStatus.PRESENTED_ORIGINAL),
                new MaterialCheck("M-JKZ", "从业人员健康合格证明", MaterialStatus.TOLERATED, LocalDate.of(2026, 11, 30), "", ""),
                check("M-WTS", "授权委托书", MaterialStatus.PRESENTED_ORIGINAL),
                check("M-DLRSFZ", "代理人居民身份证", MaterialStatus.PRESENTED_COPY));
        return new Intake(catalog().version(), List.of("SCJG-003"), "", List.of("QX-WTDL"), applicant,
                new Agent("李晓燕", IdKind.RESIDENT_ID, "330102199003152348", "13900531111"), checks);
    }

    /** 个体工商户设立登记 with the premises certificate replaced by the applicant's commitment (告知承诺). */
    public static Intake shopIntake() {
        return new Intake(catalog().version(), List.of("SCJG-001"), "", List.of(), person(), null, List.of(
                check("M-SQB-SCJG-001", "个体工商户登记（备案）申请书", MaterialStatus.PRESENTED_ORIGINAL),
                new MaterialCheck("M-SFZ", "申请人居民身份证", MaterialStatus.ELECTRONIC_LICENCE, null, "", "居民身份证电子证照"),
                check("M-CSZM", "经营场所使用证明", MaterialStatus.COMMITMENT)));
    }

    /** Every material of an item (or bundle) handed in as the catalog asks: the plain case of a receipt. */
    public static Intake complete(List<String> itemCodes, String bundleCode, Applicant applicant) {
        Selection selection = bundleCode.isEmpty()
                ? Selection.ofItems(catalog(), itemCodes, applicant.type(), java.util.Set.of())
                : Selection.ofBundle(catalog(), bundleCode, applicant.type(), java.util.Set.of());
        List<MaterialCheck> checks = new ArrayList<>();
        for (var line : selection.materials().lines()) {
            MaterialRequirement m = line.requirement();
            if (!m.required()) {
                continue;
            }
            checks.add(m.obtainableFromElectronicLicence()
                    ? new MaterialCheck(m.code(), m.name(), MaterialStatus.ELECTRONIC_LICENCE, null, "", m.electronicLicence())
                    : check(m.code(), m.name(), m.form() == org.onewindow.domain.catalog.MaterialForm.COPY
                            ? MaterialStatus.PRESENTED_COPY : MaterialStatus.PRESENTED_ORIGINAL));
        }
        return new Intake(catalog().version(), selection.itemCodes(), bundleCode, List.of(), applicant, null, checks);
    }

    public static ApplicationAccepted accepted(Intake intake, DecisionKind decision) {
        return new ApplicationAccepted(CASE_NUMBER, intake, decision, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 7), decision == DecisionKind.ACCEPT_WITH_TOLERANCE ? LocalDate.of(2026, 11, 30) : null,
                CLERK, BigDecimal.ZERO, 7, 10, false, false, DayUnit.WORKING_DAYS);
    }

    public static ApplicationAccepted receiptCase() {
        return accepted(foodIntake(company()), DecisionKind.ACCEPT_WITH_TOLERANCE);
    }

    public static ApplicationAccepted commitmentCase() {
        return new ApplicationAccepted(CASE_NUMBER, shopIntake(), DecisionKind.ACCEPT_ON_COMMITMENT, LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 26), null, CLERK, BigDecimal.ZERO, 1, 3, false, false, DayUnit.WORKING_DAYS);
    }

    /** 开餐馆一件事: five items decided by two authorities, accepted at the comprehensive window in one go. */
    public static ApplicationAccepted bundleCase() {
        Intake intake = complete(List.of(), "YJS-KCG", person());
        return new ApplicationAccepted(CASE_NUMBER, intake, DecisionKind.ACCEPT, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 21), null, CLERK, BigDecimal.ZERO, 5, 20, false, false, DayUnit.WORKING_DAYS);
    }

    /** 失业保险金申领: a 行政给付 the hall accepts on the social-security bureau's behalf; not a licence, so no §32. */
    public static ApplicationAccepted paymentCase() {
        Intake intake = complete(List.of("RS-002"), "", person());
        return new ApplicationAccepted(CASE_NUMBER, intake, DecisionKind.ACCEPT, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 14), null, CLERK, BigDecimal.ZERO, 5, 15, false, false, DayUnit.WORKING_DAYS);
    }

    /** 居住证办理 at the police's stationed window: its 受理专用章, a limit of 15 日. */
    public static ApplicationAccepted residencePermitCase() {
        Intake intake = complete(List.of("GAHZ-002"), "", person());
        return new ApplicationAccepted(CASE_NUMBER, intake, DecisionKind.ACCEPT, LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 8), null, CLERK, BigDecimal.ZERO, 10, 15, false, false, DayUnit.DAYS);
    }

    /** A receipt with {@code materialCount} materials and a long applicant name, to test page flow. */
    public static ApplicationAccepted longReceiptCase(String applicantName, int materialCount) {
        List<MaterialCheck> checks = new ArrayList<>();
        for (int i = 1; i <= materialCount; i++) {
            checks.add(check("X-" + i, "补充材料第 " + i + " 项：经营项目涉及的专项说明（含设备清单、人员资质和操作规程）",
                    i % 2 == 0 ? MaterialStatus.PRESENTED_COPY : MaterialStatus.PRESENTED_ORIGINAL));
        }
        Intake intake = new Intake(catalog().version(), List.of("SCJG-003"), "", List.of(), company(applicantName), null, checks);
        return accepted(intake, DecisionKind.ACCEPT);
    }

    public static DeficiencyNotified deficiencyCase() {
        Intake intake = foodIntake(company());
        return new DeficiencyNotified(CASE_NUMBER, intake, List.of(
                new Deficiency("M-SBBJ", "主要设备设施布局及操作流程文件", "未提交",
                        "提交粗加工、烹饪、餐用具清洗消毒等功能区布局图及操作流程说明，与现场一致"),
                new Deficiency("M-PMT", "经营场所平面图（含周边环境）", "未标明面积和出入口，无签字或盖章",
                        "补充标明面积、出入口、功能分区后签字（单位盖章）"),
                new Deficiency("M-JKZ", "从业人员健康合格证明", "两名从业人员的健康证明已于2026年10月31日过期",
                        "提交在有效期内的健康合格证明复印件，人员名单与申请表一致")), CLERK);
    }

    public static ApplicationRefused refusalCase() {
        return new ApplicationRefused(CASE_NUMBER, foodIntake(company()),
                new RefusalProposal(RefusalGround.NOT_THIS_AUTHORITY,
                        "申请经营的场所位于济南市市中区，食品经营许可由经营场所所在地的县级市场监督管理部门（或其行政审批服务部门）实施，"
                                + "应向济南市市中区行政审批服务局提出").statement(), CLERK, SUPERVISOR);
    }

    /** After review the 审批局 refuses the licence (§38): the premises failed the on-site inspection. */
    public static DenialDecision denial(Catalog catalog) {
        return new DenialDecision(accepted(foodIntake(company()), DecisionKind.ACCEPT), catalog, LocalDate.of(2026, 12, 1),
                "经现场核查，经营场所的粗加工、烹饪区与餐用具清洗消毒区未分开设置，不符合《食品经营许可审查通则》的要求");
    }

    public static Issue issue(int serial) {
        return Issue.of("历下审批受K7Q3〔2026〕" + serial + "号", ISSUED_AT);
    }

    /** The sample under a number of its signatory's own series, as {@code IssueDocuments} numbers a real one. */
    public static Issue issue(DocumentRenderer renderer, DocumentContent content, int serial) {
        return Issue.of(renderer.signatoryOf(content).abbreviation() + NumberWords.of(content.kind()) + "K7Q3〔2026〕"
                + serial + "号", ISSUED_AT);
    }

    private static PrintedDocument numbered(DocumentRenderer renderer, DocumentContent content, int serial) {
        return renderer.render(content, issue(renderer, content, serial), staff());
    }

    /**
     * Renders the sample of {@code kind}.
     *
     * @param offset the calibration of the printer it is meant for (certificates on stock, calibration page)
     */
    public static PrintedDocument render(SampleKind kind, DocumentRenderer renderer, CertificateRenderer certificates,
                                         String printerName, PrintOffset offset) {
        Catalog catalog = catalog();
        return switch (kind) {
            case RECEIPT -> numbered(renderer, new Receipt(receiptCase(), catalog, Delivery.atWindow()), 101);
            case RECEIPT_A4 -> numbered(renderer.withReceiptPaper(Paper.A4_OFFICIAL),
                    new Receipt(receiptCase(), catalog, Delivery.atWindow()), 101);
            case LONG_RECEIPT -> numbered(renderer, new Receipt(longReceiptCase(LONG_COMPANY_NAME, 40), catalog,
                    Delivery.byPost("济南市历下区文化东路 100 号")), 102);
            case BUNDLE_RECEIPT -> numbered(renderer, new Receipt(bundleCase(), catalog, Delivery.atWindow()), 111);
            case PAYMENT_RECEIPT -> numbered(renderer, new Receipt(paymentCase(), catalog, Delivery.atWindow()), 112);
            case DEFICIENCY_NOTICE -> numbered(renderer, new DeficiencyNotice(deficiencyCase(), catalog), 103);
            case REFUSAL_NOTICE -> numbered(renderer, new RefusalNotice(refusalCase(), catalog), 104);
            case TOLERANCE_NOTICE -> numbered(renderer, new ToleranceNotice(receiptCase(), catalog), 105);
            case TOLERANCE_COMMITMENT -> numbered(renderer, new ToleranceCommitment(receiptCase(), catalog), 106);
            case COMMITMENT_LETTER -> numbered(renderer, new CommitmentLetter(commitmentCase(), catalog), 107);
            case DENIAL_DECISION -> numbered(renderer, denial(catalog), 113);
            case GUIDE -> renderer.render(ServiceGuide.ofItem(catalog, "SCJG-003"), guideIssue(catalog));
            case BUNDLE_GUIDE -> renderer.render(ServiceGuide.ofBundle(catalog, "YJS-KCG"), guideIssue(catalog));
            case CERTIFICATE -> certificates.render(CertificateTemplate.bundled("SCJG-003"), foodLicence(), issue(108),
                    CertificateRenderer.Stock.PLAIN_PAPER, offset, true);
            case CERTIFICATE_ON_STOCK -> certificates.render(CertificateTemplate.bundled("SCJG-003"), foodLicence(), issue(108),
                    CertificateRenderer.Stock.PRE_PRINTED, offset, false);
            case LICENCE -> certificates.render(CertificateTemplate.bundled("SCJG-001"), businessLicence(), issue(109),
                    CertificateRenderer.Stock.PLAIN_PAPER, offset, true);
            case CALIBRATION -> certificates.calibrationPage(Paper.A4_LANDSCAPE, printerName, offset, issue(110));
        };
    }

    /** A catering licence: JY, 2 for 餐饮服务经营者, 37 01 02 for 济南市历下区, a serial and a check digit. */
    public static CertificateData foodLicence() {
        return new CertificateData("JY23701020012345", CASE_NUMBER, "济南历下泉城味道餐饮管理有限公司", LocalDate.of(2026, 11, 27),
                Map.of("creditCode", COMPANY_CREDIT_CODE, "representative", "陈建国",
                        "address", "济南市历下区泉城路 66 号", "premises", "济南市历下区泉城路 66 号 1 层 101 室",
                        "businessType", "餐饮服务经营者（中型餐馆）",
                        "scope", "热食类食品制售；冷食类食品制售（不含生食）；糕点类食品制售（不含裱花蛋糕）；自制饮品制售（不含自酿酒）",
                        "validUntil", "2031年11月26日", "issuer", "济南市历下区行政审批服务局"));
    }

    public static CertificateData businessLicence() {
        return new CertificateData(SHOP_CREDIT_CODE, CASE_NUMBER, "历下区泉城路老张面馆", LocalDate.of(2026, 11, 23),
                Map.of("entityType", "个体工商户", "operator", "张建华", "premises", "济南市历下区泉城路 18 号",
                        "composition", "个人经营", "registeredOn", "2026年11月23日",
                        "scope", "许可项目：餐饮服务；食品销售。一般项目：食用农产品零售（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
                        "issuer", "济南市历下区行政审批服务局"));
    }

    /** Guides are not numbered documents; their "number" names the catalog version they were printed from. */
    public static Issue guideIssue(Catalog catalog) {
        return Issue.of("目录版本 " + catalog.version(), ISSUED_AT);
    }

    /** 200 characters, as a real group company's full name can run. */
    public static final String LONG_COMPANY_NAME = ("山东省济南市历下区" + "解放东路南侧泉城广场东地块".repeat(16) + "餐饮管理有限公司").substring(0, 200);
}
