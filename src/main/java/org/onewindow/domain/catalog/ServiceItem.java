package org.onewindow.domain.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service item (政务服务事项) as published in the catalog.
 *
 * @param departmentCode  the department the item belongs to in the catalog (主管部门: search, grouping)
 * @param authorityCode   the deciding authority (实施机关), a department of the catalog: whose name the papers carry
 * @param acceptance      how the window accepts for that authority (its own seal, a stationed department's, or the
 *                        hall's on its behalf)
 * @param legalBasis      the item's own basis (设定依据)
 * @param acceptanceBasis the provision the acceptance papers cite: 行政许可法 §32 governs a 行政许可 and is cited by
 *                        the documents themselves; every other kind (行政确认, 行政给付, 备案, 公共服务) must name its own
 * @param statutoryLimit  legal limit (法定时限) with its unit and source; 0 days means on the spot
 * @param promisedLimit   promised limit (承诺时限) in working days, never above the statutory one; 0 = 当场
 * @param fee           fee in yuan; zero is shown as 不收费
 * @param certificate   name of the certificate or licence (证照) the item issues, empty if none
 * @param keywords      other names people use for it (俗称、别名, e.g. 办照、开饭店), found by search
 */
public record ServiceItem(
        String code,
        String name,
        String departmentCode,
        String authorityCode,
        AcceptanceMode acceptance,
        ItemKind kind,
        String legalBasis,
        String acceptanceBasis,
        TimeLimit statutoryLimit,
        TimeLimit promisedLimit,
        BigDecimal fee,
        String feeBasis,
        String acceptanceConditions,
        Set<ApplicantType> applicantTypes,
        List<MaterialRequirement> materials,
        List<Situation> situations,
        String certificate,
        List<String> keywords) {

    public ServiceItem {
        Objects.requireNonNull(code, "事项编码不能为空");
        Objects.requireNonNull(name, "事项名称不能为空");
        Objects.requireNonNull(departmentCode, "所属部门不能为空");
        Objects.requireNonNull(authorityCode, "实施机关不能为空");
        Objects.requireNonNull(acceptance, "受理方式不能为空");
        Objects.requireNonNull(kind, "事项类型不能为空");
        Objects.requireNonNull(statutoryLimit, "法定时限不能为空");
        Objects.requireNonNull(promisedLimit, "承诺时限不能为空");
        if (promisedLimit.unit() != DayUnit.WORKING_DAYS) {
            throw new IllegalArgumentException("承诺时限应以工作日计");
        }
        if (statutoryLimit.days() > 0 && promisedLimit.days() > statutoryLimit.days()) {
            throw new IllegalArgumentException("承诺时限 " + promisedLimit.text() + "超过法定时限 " + statutoryLimit.text());
        }
        fee = fee == null ? BigDecimal.ZERO : fee;
        if (fee.signum() < 0) {
            throw new IllegalArgumentException("收费标准不能为负数：" + fee);
        }
        feeBasis = feeBasis == null ? "" : feeBasis;
        if (fee.signum() > 0 && feeBasis.isBlank()) {
            throw new IllegalArgumentException("收费事项必须写明收费依据");
        }
        legalBasis = legalBasis == null ? "" : legalBasis;
        acceptanceBasis = acceptanceBasis == null ? "" : acceptanceBasis.strip();
        if (kind != ItemKind.LICENSING && acceptanceBasis.isEmpty()) {
            throw new IllegalArgumentException(kind.label() + "事项不适用行政许可法第三十二条，须写明受理所依据的规定（acceptanceBasis）");
        }
        acceptanceConditions = acceptanceConditions == null ? "" : acceptanceConditions;
        certificate = certificate == null ? "" : certificate;
        applicantTypes = ApplicantTypes.ordered(Objects.requireNonNull(applicantTypes, "申请人类型不能为空"));
        if (applicantTypes.isEmpty()) {
            throw new IllegalArgumentException("至少要有一种申请人类型");
        }
        materials = List.copyOf(Objects.requireNonNull(materials, "材料清单不能为空"));
        situations = situations == null ? List.of() : List.copyOf(situations);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        requireUniqueCodes(materials.stream().map(MaterialRequirement::code).toList(), "材料");
        requireUniqueCodes(situations.stream().map(Situation::code).toList(), "情形");
    }

    private static void requireUniqueCodes(List<String> codes, String what) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new IllegalArgumentException(what + "编码重复：" + code);
            }
        }
    }

    /** 法定时限 in its own unit; see {@link #statutoryLimit()} for the unit. */
    public int statutoryDays() {
        return statutoryLimit.days();
    }

    /** 承诺时限 in working days. */
    public int promisedDays() {
        return promisedLimit.days();
    }

    /** A 行政许可: its window decisions are those of 行政许可法 §32 and its papers cite it. */
    public boolean licensing() {
        return kind == ItemKind.LICENSING;
    }

    public boolean isFree() {
        return fee.signum() == 0;
    }

    public boolean issuesCertificate() {
        return !certificate.isEmpty();
    }

    public Optional<Situation> situation(String situationCode) {
        return situations.stream().filter(s -> s.code().equals(situationCode)).findFirst();
    }

    /** The situations a clerk may choose for this applicant type. */
    public List<Situation> situationsFor(ApplicantType applicantType) {
        return situations.stream().filter(s -> s.appliesTo(applicantType)).toList();
    }
}
