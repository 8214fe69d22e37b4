package org.onewindow.print;

import java.math.BigDecimal;
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
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.layout.Paper;

/**
 * Realistic sample cases of every document kind, for {@code onewindow print-sample} (support staff
 * check a printer and the layout with it) and for the benchmark, on the bundled demo catalog's
 * 食品经营许可 (SCJG-003).
 */
public final class SampleDocuments {

    public static final LocalDateTime ISSUED_AT = LocalDateTime.of(2026, 11, 23, 10, 30);
    public static final String CASE_NUMBER = "330102-0007-2611-000123-K";

    private SampleDocuments() {
    }

    public static OfficeProfile office() {
        return new OfficeProfile("杭州市上城区政务服务中心", "杭州市上城区解放东路 18 号市民中心 B 座 2 楼",
                "0571-87001234", "工作日 9:00—12:00，13:30—17:00", "登录浙江政务服务网或拨打 12345 政务服务热线",
                "杭州市上城区人民政府", "杭州市上城区人民法院", null, true);
    }

    /** The bundled demo catalog: the samples show what a clerk would see on first run. */
    public static Catalog catalog() {
        return CatalogJson.bundled();
    }

    public static Applicant company(String name) {
        return new Applicant(ApplicantType.COMPANY, name, IdKind.CREDIT_CODE, "91330102MA2KXXXX3L", "13800571234",
                "杭州市上城区望江路 66 号", "陈建国");
    }

    public static Applicant company() {
        return company("杭州上城味道餐饮管理有限公司");
    }

    private static MaterialCheck check(String code, String name, MaterialStatus status) {
        return MaterialCheck.of(code, name, status);
    }

    /** The food-licence intake by an agent: most materials in hand, one tolerated, one by commitment, one fetched. */
    public static Intake foodIntake(Applicant applicant) {
        List<MaterialCheck> checks = List.of(
                check("M-SQB-SCJG-003", "食品经营许可申请书", MaterialStatus.PRESENTED_ORIGINAL),
                new MaterialCheck("M-YYZZ", "营业执照", MaterialStatus.ELECTRONIC_LICENCE, null, "", "营业执照电子证照"),
                check("M-SFZ", "申请人居民身份证", MaterialStatus.PRESENTED_COPY),
                new MaterialCheck("M-SBBJ", "主要设备设施布局及操作流程文件", MaterialStatus.TOLERATED,
                        LocalDate.of(2026, 11, 30), "", ""),
                check("M-PMT", "经营场所平面图（含周边环境）", MaterialStatus.PRESENTED_ORIGINAL),
                check("M-SPAQZD", "食品安全管理制度", MaterialStatus.COMMITMENT),
                check("M-JKZ", "从业人员健康合格证明", MaterialStatus.PRESENTED_COPY),
                check("M-WTS", "授权委托书", MaterialStatus.PRESENTED_ORIGINAL),
                check("M-DLRSFZ", "代理人居民身份证", MaterialStatus.PRESENTED_COPY));
        return new Intake(catalog().version(), List.of("SCJG-003"), "", List.of("QX-WTDL"), applicant,
                new Agent("李晓燕", IdKind.RESIDENT_ID, "330102199003152348", "13900571111"), checks);
    }

    public static ApplicationAccepted accepted(Intake intake, DecisionKind decision) {
        return new ApplicationAccepted(CASE_NUMBER, intake, decision, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 21), LocalDate.of(2026, 11, 30), "王丽（工号 0712）", BigDecimal.ZERO, 7, 20, false,
                false);
    }

    public static ApplicationAccepted receiptCase() {
        return accepted(foodIntake(company()), DecisionKind.ACCEPT_WITH_TOLERANCE);
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
                        "提交在有效期内的健康合格证明复印件，人员名单与申请表一致")), "王丽（工号 0712）");
    }

    public static ApplicationRefused refusalCase() {
        return new ApplicationRefused(CASE_NUMBER, foodIntake(company()),
                "申请经营的场所位于居民住宅楼内，依据《杭州市餐饮服务食品安全管理规定》不属于可以从事热食类制售的经营场所，"
                        + "且该申请事项不属于本机关职权范围，应向杭州市西湖区市场监督管理局提出",
                "王丽（工号 0712）", "张明（首席代表）");
    }

    public static Issue issue(int serial) {
        return Issue.of("上城政服〔2026〕" + serial + "号", ISSUED_AT);
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
            case RECEIPT -> renderer.render(new Receipt(receiptCase(), catalog, Delivery.atWindow()), issue(101));
            case LONG_RECEIPT -> renderer.render(new Receipt(longReceiptCase(LONG_COMPANY_NAME, 40), catalog,
                    Delivery.byPost("杭州市西湖区文三路 100 号")), issue(102));
            case DEFICIENCY_NOTICE -> renderer.render(new DeficiencyNotice(deficiencyCase(), catalog), issue(103));
            case REFUSAL_NOTICE -> renderer.render(new RefusalNotice(refusalCase(), catalog), issue(104));
            case TOLERANCE_NOTICE -> renderer.render(new ToleranceNotice(receiptCase(), catalog), issue(105));
            case TOLERANCE_COMMITMENT -> renderer.render(new ToleranceCommitment(receiptCase(), catalog), issue(106));
            case COMMITMENT_LETTER -> renderer.render(new CommitmentLetter(receiptCase(), catalog), issue(107));
            case GUIDE -> renderer.render(ServiceGuide.ofItem(catalog, "SCJG-003"), guideIssue(catalog));
            case BUNDLE_GUIDE -> renderer.render(ServiceGuide.ofBundle(catalog, "YJS-KCG"), guideIssue(catalog));
            case CERTIFICATE -> certificates.render(CertificateTemplate.bundled("SCJG-003"), foodLicence(), issue(108),
                    CertificateRenderer.Stock.PLAIN_PAPER, offset);
            case CERTIFICATE_ON_STOCK -> certificates.render(CertificateTemplate.bundled("SCJG-003"), foodLicence(), issue(108),
                    CertificateRenderer.Stock.PRE_PRINTED, offset);
            case LICENCE -> certificates.render(CertificateTemplate.bundled("SCJG-001"), businessLicence(), issue(109),
                    CertificateRenderer.Stock.PLAIN_PAPER, offset);
            case CALIBRATION -> certificates.calibrationPage(Paper.A4_LANDSCAPE, printerName, offset, issue(110));
        };
    }

    public static CertificateData foodLicence() {
        return new CertificateData("JY13301020012345", CASE_NUMBER, "杭州上城味道餐饮管理有限公司", LocalDate.of(2026, 11, 27),
                Map.of("creditCode", "91330102MA2KXXXX3L", "representative", "陈建国",
                        "address", "杭州市上城区望江路 66 号", "premises", "杭州市上城区望江路 66 号 1 层 101 室",
                        "businessType", "餐饮服务经营者（中型餐馆）",
                        "scope", "热食类食品制售；冷食类食品制售（不含生食）；糕点类食品制售（不含裱花蛋糕）；自制饮品制售（不含自酿酒）",
                        "validUntil", "2031年11月26日", "issuer", "杭州市上城区市场监督管理局"));
    }

    public static CertificateData businessLicence() {
        return new CertificateData("92330102MA2KYYYY5R", CASE_NUMBER, "上城区望江门老张面馆", LocalDate.of(2026, 11, 23),
                Map.of("entityType", "个体工商户", "operator", "张建华", "premises", "杭州市上城区望江门直街 18 号",
                        "composition", "个人经营", "registeredOn", "2026年11月23日",
                        "scope", "许可项目：餐饮服务；食品销售。一般项目：食用农产品零售（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
                        "issuer", "杭州市上城区市场监督管理局"));
    }

    /** Guides are not numbered documents; their "number" names the catalog version they were printed from. */
    public static Issue guideIssue(Catalog catalog) {
        return Issue.of("目录版本 " + catalog.version(), ISSUED_AT);
    }

    /** 200 characters, as a real group company's full name can run. */
    public static final String LONG_COMPANY_NAME = ("浙江省杭州市上城区" + "望江门外新塘路东侧地块".repeat(18) + "餐饮管理有限公司").substring(0, 200);
}
