package org.onewindow.codec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.domain.catalog.AcceptanceMode;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.ItemKind;
import org.onewindow.domain.catalog.MaterialForm;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.PublishedRules;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;
import org.onewindow.domain.catalog.TimeLimit;

/**
 * Catalog documents of format 1, still read so that a window holding one (bundled with an older release, or
 * published by the centre before format 2) keeps working. Format 1 did not say who decides, how limits count or
 * where they come from, whether a material is secondary or a 证明; reading one takes the conservative answer the law
 * allows: the department decides and the hall accepts on its behalf, limits are working days "目录格式1未注明来源",
 * and no material may be tolerated (容缺) or replaced by a commitment (告知承诺) until a format-2 catalog says it lawfully may.
 */
final class CatalogFormat1 {

    static final String UNSTATED = "目录格式1未注明来源";

    private CatalogFormat1() {
    }

    record Document(int format, String version, Instant publishedAt, List<Department> departments, List<Item> items,
                    List<BundleV1> bundles) {

        Catalog toCatalog() {
            return new Catalog(version, publishedAt, PublishedRules.NONE, departments,
                    items.stream().map(Item::upgraded).toList(),
                    bundles == null ? List.of() : bundles.stream().map(BundleV1::upgraded).toList());
        }
    }

    /** A bundle of format 1 names no material it issues itself: each item's list stays whole. */
    record BundleV1(String code, String name, String description, List<String> itemCodes, List<String> keywords) {

        Bundle upgraded() {
            return new Bundle(code, name, description, itemCodes, keywords, Map.of());
        }
    }

    record Item(String code, String name, String departmentCode, ItemKind kind, String legalBasis, int statutoryDays,
                int promisedDays, BigDecimal fee, String feeBasis, String acceptanceConditions,
                Set<ApplicantType> applicantTypes, List<Material> materials, List<SituationV1> situations,
                String certificate, List<String> keywords) {

        ServiceItem upgraded() {
            String basis = legalBasis == null || legalBasis.isBlank() ? "受理依据" + UNSTATED : legalBasis;
            return new ServiceItem(code, name, departmentCode, departmentCode, AcceptanceMode.ENTRUSTED_HALL, kind,
                    legalBasis, kind == ItemKind.LICENSING ? "" : basis,
                    TimeLimit.workingDays(statutoryDays, UNSTATED), TimeLimit.workingDays(promisedDays, UNSTATED),
                    fee, feeBasis, acceptanceConditions, applicantTypes, materials.stream().map(Material::upgraded).toList(),
                    situations == null ? List.of() : situations.stream().map(SituationV1::upgraded).toList(),
                    certificate, keywords);
        }
    }

    record Material(String code, String name, MaterialForm form, int copies, boolean required, boolean tolerable,
                    boolean commitmentAllowed, String electronicLicence, boolean reusableFromEarlierCase, String note) {

        MaterialRequirement upgraded() {
            return new MaterialRequirement(code, name, form, copies, required, false, false, false, null,
                    electronicLicence, reusableFromEarlierCase, note);
        }
    }

    /** A situation of format 1 is never the agent's: the window offers it like any other (decision record 0032). */
    record SituationV1(String code, String name, Set<ApplicantType> applicantTypes, List<Material> addedMaterials,
                       List<String> replacedMaterialCodes) {

        Situation upgraded() {
            return new Situation(code, name, applicantTypes,
                    addedMaterials == null ? List.of() : addedMaterials.stream().map(Material::upgraded).toList(),
                    replacedMaterialCodes, false);
        }
    }
}
