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
 * @param statutoryDays legal limit (法定时限) in working days; 0 means on the spot
 * @param promisedDays  promised limit (承诺时限) in working days, never above the statutory one; 0 = 当场
 * @param fee           fee in yuan; zero is shown as 不收费
 * @param certificate   name of the certificate or licence (证照) the item issues, empty if none
 * @param keywords      other names people use for it (俗称、别名, e.g. 办照、开饭店), found by search
 */
public record ServiceItem(
        String code,
        String name,
        String departmentCode,
        ItemKind kind,
        String legalBasis,
        int statutoryDays,
        int promisedDays,
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
        Objects.requireNonNull(kind, "事项类型不能为空");
        if (statutoryDays < 0 || promisedDays < 0) {
            throw new IllegalArgumentException("时限不能为负数（法定 " + statutoryDays + "，承诺 " + promisedDays + "）");
        }
        if (statutoryDays > 0 && promisedDays > statutoryDays) {
            throw new IllegalArgumentException("承诺时限 " + promisedDays + " 个工作日超过法定时限 " + statutoryDays + " 个工作日");
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
