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
 * @param tolerable         may be brought later under 容缺受理
 * @param commitmentAllowed may be replaced by the applicant's signed commitment (告知承诺)
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
        boolean tolerable,
        boolean commitmentAllowed,
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
    }

    /** 免提交: the window can obtain it itself from an electronic licence. */
    public boolean obtainableFromElectronicLicence() {
        return !electronicLicence.isEmpty();
    }
}
