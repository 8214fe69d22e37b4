package org.onewindow.domain.catalog;

import java.util.Objects;

/**
 * One line of an item's material list (材料清单).
 *
 * @param code              catalog-wide material code; the same document required by several items
 *                          carries the same code, which is how a bundle asks for it only once
 * @param name              the material's name as printed on the guide
 * @param form              original, copy or both
 * @param copies            number of copies to hand in (0 when only the original is shown)
 * @param required          必要 (true) or 非必要 (false)
 * @param secondary         a secondary material (次要材料) on the region's published 容缺 list, not a core statutory
 *                          one (核心材料): only a secondary material may be tolerated
 * @param tolerable         may be brought later under 容缺受理; only a secondary material may be
 * @param commitmentAllowed may be replaced by the applicant's signed commitment (告知承诺); only a 证明 may be
 * @param proof             when the material is a 证明 issued by another body: who issues it, for what, on what
 *                          basis, and how a commitment replacing it is checked; null for anything else (a form the
 *                          applicant fills in, a plan, a management system, a licence, an identity document)
 * @param electronicLicence name of the electronic licence (电子证照) the window can fetch instead,
 *                          or empty when it must be handed in (免提交 when present)
 * @param reusableFromEarlierCase may be taken from an earlier case of the same applicant
 * @param note              a hint for the clerk (what to check on the document)
 */
public record MaterialRequirement(
        String code,
        String name,
        MaterialForm form,
        int copies,
        boolean required,
        boolean secondary,
        boolean tolerable,
        boolean commitmentAllowed,
        ProofCertificate proof,
        String electronicLicence,
        boolean reusableFromEarlierCase,
        String note) {

    public MaterialRequirement {
        Objects.requireNonNull(code, "材料编码不能为空");
        Objects.requireNonNull(name, "材料名称不能为空");
        Objects.requireNonNull(form, "材料形式（原件/复印件）不能为空");
        if (copies < 0) {
            throw new IllegalArgumentException("份数不能为负数（" + copies + "）");
        }
        electronicLicence = electronicLicence == null ? "" : electronicLicence;
        note = note == null ? "" : note;
        if (tolerable && !secondary) {
            throw new IllegalArgumentException("材料“" + name + "”是核心材料，不能容缺受理：容缺只适用于目录标明的次要材料");
        }
        if (commitmentAllowed && proof == null) {
            throw new IllegalArgumentException("材料“" + name + "”不是其他机关出具的证明，不能以告知承诺替代"
                    + "（国办发〔2020〕42号：告知承诺只替代证明事项，申请人自行编制的材料须提交）");
        }
    }

    /** A 证明 issued by another body, which a commitment may replace where the catalog allows it. */
    public boolean isProof() {
        return proof != null;
    }

    /** 免提交: the window can obtain it itself from an electronic licence. */
    public boolean obtainableFromElectronicLicence() {
        return !electronicLicence.isEmpty();
    }
}
