package org.onewindow.domain.catalog;

import java.util.Objects;

/**
 * What the catalog says about a 证明 (a certificate another body issues) that the applicant's signed commitment may
 * replace under 证明事项告知承诺制 (国办发〔2020〕42号): the 告知承诺书 must name who would issue it, what it is for and
 * on what basis it is asked, and how and when the office will check the commitment afterwards (事后核查).
 *
 * @param issuer             the body that issues the 证明 (出具单位), e.g. 不动产登记机构
 * @param purpose            what the 证明 proves for this item (用途)
 * @param basis              the provision that makes it required (证明事项的设定依据)
 * @param verification       how the office checks the commitment (核查方式): data sharing, an on-site inspection …
 * @param verificationWorkingDays within how many working days after acceptance it is checked (核查时限)
 */
public record ProofCertificate(String issuer, String purpose, String basis, String verification,
                               int verificationWorkingDays) {

    public ProofCertificate {
        require(issuer, "证明的出具单位");
        require(purpose, "证明的用途");
        require(basis, "证明事项的设定依据");
        require(verification, "事后核查的方式");
        if (verificationWorkingDays < 1) {
            throw new IllegalArgumentException("事后核查时限应至少为1个工作日：" + verificationWorkingDays);
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("告知承诺须写明" + what);
        }
        Objects.requireNonNull(value);
    }
}
