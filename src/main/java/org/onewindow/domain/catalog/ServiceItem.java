package org.onewindow.domain.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A service item (政务服务事项) as published in the catalog.
 *
 * @param statutoryDays legal limit (法定时限) in working days; 0 means on the spot
 * @param promisedDays  promised limit (承诺时限) in working days, never above the statutory one; 0 = 当场
 * @param fee           fee in yuan; zero is shown as 不收费
 * @param certificate   name of the certificate or licence (证照) the item issues, empty if none
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
        String certificate) {

    public ServiceItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(kind, "kind");
        if (statutoryDays < 0 || promisedDays < 0) {
            throw new IllegalArgumentException("bad time limits for " + code);
        }
        if (statutoryDays > 0 && promisedDays > statutoryDays) {
            throw new IllegalArgumentException("promised limit exceeds the statutory one for " + code);
        }
        fee = fee == null ? BigDecimal.ZERO : fee;
        feeBasis = feeBasis == null ? "" : feeBasis;
        legalBasis = legalBasis == null ? "" : legalBasis;
        acceptanceConditions = acceptanceConditions == null ? "" : acceptanceConditions;
        certificate = certificate == null ? "" : certificate;
        applicantTypes = Set.copyOf(applicantTypes);
        materials = List.copyOf(materials);
        situations = List.copyOf(situations);
    }

    public boolean isFree() {
        return fee.signum() == 0;
    }

    public boolean issuesCertificate() {
        return !certificate.isEmpty();
    }
}
