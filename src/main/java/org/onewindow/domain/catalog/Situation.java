package org.onewindow.domain.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A situation (情形) that changes an item's material list, e.g. "委托代理" adds the authorisation
 * letter and the agent's ID. Situation codes are catalog-wide: choosing 委托代理 for a bundle applies
 * it to every item of the bundle that offers it.
 *
 * @param applicantTypes        who the situation can concern; empty means any applicant
 * @param addedMaterials        materials the situation asks for on top of the item's list
 * @param replacedMaterialCodes materials of the item the situation makes unnecessary, e.g. a foreign
 *                              applicant's passport takes the place of the resident ID card
 * @param agent                 the situation of an application made by an agent (委托代理): the window chooses it
 *                              when the clerk records an agent, and does not offer it besides
 */
public record Situation(String code, String name, Set<ApplicantType> applicantTypes,
                        List<MaterialRequirement> addedMaterials, List<String> replacedMaterialCodes, boolean agent) {

    public Situation {
        Objects.requireNonNull(code, "情形编码不能为空");
        Objects.requireNonNull(name, "情形名称不能为空");
        applicantTypes = applicantTypes == null ? Set.of() : ApplicantTypes.ordered(applicantTypes);
        addedMaterials = addedMaterials == null ? List.of() : List.copyOf(addedMaterials);
        replacedMaterialCodes = replacedMaterialCodes == null ? List.of() : List.copyOf(replacedMaterialCodes);
        if (addedMaterials.isEmpty() && replacedMaterialCodes.isEmpty()) {
            throw new IllegalArgumentException("情形 " + code + " 既不增加也不替代任何材料");
        }
    }

    public boolean appliesTo(ApplicantType applicantType) {
        return applicantTypes.isEmpty() || applicantTypes.contains(applicantType);
    }
}
