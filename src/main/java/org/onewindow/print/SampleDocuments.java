package org.onewindow.print;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.applicant.IdKind;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.caselog.EventPayload.ApplicationRefused;
import org.onewindow.domain.caselog.EventPayload.DeficiencyNotified;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.ItemKind;
import org.onewindow.domain.catalog.MaterialForm;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * Realistic sample cases of every document kind, for {@code onewindow print-sample} (support staff
 * check a printer and the layout with it) and for the benchmark. The facts follow published
 * service guides of market regulation items (食品经营许可, 个体工商户设立登记).
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

    private static MaterialRequirement material(String code, String name, MaterialForm form, int copies,
                                                boolean tolerable, boolean commitment, String licence) {
        return new MaterialRequirement(code, name, form, copies, true, tolerable, commitment, licence, false, "");
    }

    public static Catalog catalog() {
        List<Department> departments = List.of(new Department("SCJG", "杭州市上城区市场监督管理局"),
                new Department("WSJK", "杭州市上城区卫生健康局"));
        MaterialRequirement idCard = material("M-ID", "经营者身份证件", MaterialForm.ORIGINAL_AND_COPY, 1, false, false, "居民身份证电子证照");
        MaterialRequirement licence = material("M-BL", "营业执照", MaterialForm.COPY, 1, false, false, "营业执照电子证照");
        MaterialRequirement premises = material("M-PREM", "经营场所使用证明（房屋租赁合同或产权证明）", MaterialForm.COPY, 1, false, true, "");
        Situation byAgent = new Situation("AGENT", "委托代理", List.of(
                material("M-AUTH", "授权委托书", MaterialForm.ORIGINAL, 1, false, false, ""),
                material("M-AGENT-ID", "代理人身份证件", MaterialForm.ORIGINAL_AND_COPY, 1, false, false, "")));
        ServiceItem food = new ServiceItem("330102-SCJG-001", "食品经营许可（新办）", "SCJG", ItemKind.LICENSING,
                "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》", 20, 7, BigDecimal.ZERO, "",
                "有与经营的食品品种、数量相适应的经营场所，有食品安全管理人员和管理制度。",
                Set.of(ApplicantType.PERSON, ApplicantType.COMPANY), List.of(
                        material("M-FOOD-APP", "食品经营许可申请书", MaterialForm.ORIGINAL, 1, false, false, ""),
                        licence,
                        material("M-LAYOUT", "主要设备设施布局及操作流程文件", MaterialForm.ORIGINAL, 1, true, false, ""),
                        material("M-FOOD-RULES", "食品安全管理制度", MaterialForm.ORIGINAL, 1, false, true, ""),
                        material("M-MGR-ID", "负责人及食品安全管理人员身份证件", MaterialForm.COPY, 1, false, false, ""),
                        premises),
                List.of(byAgent), "食品经营许可证");
        ServiceItem soleTrader = new ServiceItem("330102-SCJG-002", "个体工商户设立登记", "SCJG", ItemKind.CONFIRMATION,
                "《促进个体工商户发展条例》；《市场主体登记管理条例》", 15, 1, BigDecimal.ZERO, "", "",
                Set.of(ApplicantType.PERSON), List.of(
                        material("M-ST-APP", "个体工商户登记（备案）申请书", MaterialForm.ORIGINAL, 1, false, false, ""),
                        idCard, premises),
                List.of(byAgent), "营业执照");
        ServiceItem hygiene = new ServiceItem("330102-WSJK-001", "公共场所卫生许可", "WSJK", ItemKind.LICENSING,
                "《公共场所卫生管理条例》第八条", 20, 5, BigDecimal.ZERO, "", "场所布局、卫生设施符合卫生标准和要求。",
                Set.of(ApplicantType.PERSON, ApplicantType.COMPANY), List.of(
                        material("M-HYG-APP", "公共场所卫生许可申请书", MaterialForm.ORIGINAL, 1, false, false, ""),
                        licence,
                        material("M-PLAN", "场所平面图和卫生设施布局图", MaterialForm.ORIGINAL, 1, true, false, ""),
                        material("M-HYG-REPORT", "卫生检测或评价报告", MaterialForm.ORIGINAL, 1, false, true, ""),
                        material("M-HEALTH", "从业人员健康合格证明", MaterialForm.COPY, 1, false, false, "")),
                List.of(), "公共场所卫生许可证");
        Bundle barber = new Bundle("B-BARBER", "开理发店一件事", "营业执照与公共场所卫生许可一次办",
                List.of("330102-SCJG-002", "330102-WSJK-001"));
        return new Catalog("2026.11-demo", Instant.parse("2026-11-01T00:00:00Z"), departments,
                List.of(food, soleTrader, hygiene), List.of(barber));
    }

    public static Applicant company(String name) {
        return new Applicant(ApplicantType.COMPANY, name, IdKind.CREDIT_CODE, "91330102MA2KXXXX3Q", "13800571234",
                "杭州市上城区望江路 66 号", "陈建国");
    }

    public static Applicant company() {
        return company("杭州上城味道餐饮管理有限公司");
    }

    private static MaterialCheck check(String code, String name, MaterialStatus status) {
        return MaterialCheck.of(code, name, status);
    }

    /** The food-licence intake: most materials in hand, one tolerated, one by commitment, one fetched electronically. */
    public static Intake foodIntake(Applicant applicant) {
        List<MaterialCheck> checks = List.of(
                check("M-FOOD-APP", "食品经营许可申请书", MaterialStatus.PRESENTED_ORIGINAL),
                new MaterialCheck("M-BL", "营业执照", MaterialStatus.ELECTRONIC_LICENCE, null, "", "营业执照电子证照"),
                new MaterialCheck("M-LAYOUT", "主要设备设施布局及操作流程文件", MaterialStatus.TOLERATED,
                        LocalDate.of(2026, 11, 30), "", ""),
                check("M-FOOD-RULES", "食品安全管理制度", MaterialStatus.COMMITMENT),
                check("M-MGR-ID", "负责人及食品安全管理人员身份证件", MaterialStatus.PRESENTED_COPY),
                check("M-PREM", "经营场所使用证明（房屋租赁合同或产权证明）", MaterialStatus.PRESENTED_COPY),
                check("M-AUTH", "授权委托书", MaterialStatus.PRESENTED_ORIGINAL),
                check("M-AGENT-ID", "代理人身份证件", MaterialStatus.PRESENTED_COPY));
        return new Intake("2026.11-demo", List.of("330102-SCJG-001"), "", List.of("AGENT"), applicant,
                new Agent("李晓燕", IdKind.RESIDENT_ID, "330102199003152341", "13900571111"), checks);
    }

    public static ApplicationAccepted accepted(Intake intake, DecisionKind decision) {
        return new ApplicationAccepted(CASE_NUMBER, intake, decision, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 21), LocalDate.of(2026, 11, 30), "王丽（工号 0712）", BigDecimal.ZERO);
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
        Intake intake = new Intake("2026.11-demo", List.of("330102-SCJG-001"), "", List.of(), company(applicantName), null, checks);
        return accepted(intake, DecisionKind.ACCEPT);
    }

    public static DeficiencyNotified deficiencyCase() {
        Intake intake = foodIntake(company());
        return new DeficiencyNotified(CASE_NUMBER, intake, List.of(
                new Deficiency("M-LAYOUT", "主要设备设施布局及操作流程文件", "未提交",
                        "提交加工操作间、库房布局图及操作流程说明，标注面积和设备位置"),
                new Deficiency("M-PREM", "经营场所使用证明（房屋租赁合同或产权证明）", "租赁合同已于2026年10月31日到期",
                        "提交有效期内的租赁合同复印件，并核验原件"),
                new Deficiency("M-MGR-ID", "负责人及食品安全管理人员身份证件", "复印件模糊，无法辨认证件号码",
                        "重新提交清晰的正反面复印件")), "王丽（工号 0712）");
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
}
