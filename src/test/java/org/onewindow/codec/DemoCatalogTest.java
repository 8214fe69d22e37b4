package org.onewindow.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;

/** The bundled demo catalog is rich enough to show the window at work (issue #2, item 2). */
class DemoCatalogTest {

    private final Catalog catalog = CatalogJson.bundled();

    @Test
    void hasAtLeastThirtyItemsAcrossAtLeastEightDepartments() {
        assertThat(catalog.items()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalog.items().stream().map(ServiceItem::departmentCode).distinct()).hasSizeGreaterThanOrEqualTo(8);
    }

    /** Marriage asks only for the identity cards, the signed declaration and the photos since the 2025 条例. */
    @Test
    void everyItemAsksForAtLeastFourMaterialsExceptMarriage() {
        assertThat(catalog.items()).filteredOn(item -> !item.code().equals("MZ-001"))
                .allSatisfy(item -> assertThat(item.materials()).hasSizeGreaterThanOrEqualTo(4));
        assertThat(catalog.item("MZ-001").orElseThrow().materials()).extracting(MaterialRequirement::name)
                .containsExactly("双方居民身份证", "无配偶及无禁止结婚亲属关系的签字声明", "双方近期半身免冠合影照片");
    }

    @Test
    void hasAtLeastFiveBundlesAmongThemTheRestaurantAndTheNewborn() {
        assertThat(catalog.bundles()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(catalog.bundles()).extracting(Bundle::name).contains("开餐馆一件事", "新生儿出生一件事");
    }

    @Test
    void theRestaurantBundleLeavesOutThePublicPlaceHygieneLicence() {
        Bundle restaurant = catalog.bundle("YJS-KCG").orElseThrow();
        assertThat(catalog.itemsOf(restaurant)).extracting(ServiceItem::name)
                .contains("个体工商户设立登记", "食品经营许可").doesNotContain("公共场所卫生许可");
        assertThat(catalog.itemsOf(catalog.bundle("YJS-KLFD").orElseThrow())).extracting(ServiceItem::name)
                .contains("公共场所卫生许可");
    }

    @Test
    void everyItemOffersAgencyExceptMarriageWhichTheLawRequiresInPerson() {
        assertThat(catalog.items()).filteredOn(item -> item.situation("QX-WTDL").isEmpty())
                .extracting(ServiceItem::code).containsExactly("MZ-001");
        assertThat(catalog.item("MZ-001").orElseThrow().acceptanceConditions()).contains("不得委托");
    }

    @Test
    void aForeignApplicantsPassportTakesThePlaceOfTheResidentIdCard() {
        Situation foreigner = catalog.item("RS-001").orElseThrow().situation("QX-WJ").orElseThrow();
        assertThat(foreigner.addedMaterials()).extracting(MaterialRequirement::name).containsExactly("护照及中文译本");
        assertThat(foreigner.replacedMaterialCodes()).containsExactly("M-SFZ");
    }

    @Test
    void theSameDocumentCarriesTheSameCodeInEveryItem() {
        Map<String, Set<String>> licencesByCode = catalog.items().stream()
                .flatMap(item -> item.materials().stream())
                .filter(MaterialRequirement::obtainableFromElectronicLicence)
                .collect(Collectors.groupingBy(MaterialRequirement::code,
                        Collectors.mapping(MaterialRequirement::electronicLicence, Collectors.toSet())));
        assertThat(licencesByCode.get("M-SFZ")).containsExactly("居民身份证");
        assertThat(licencesByCode.get("M-YYZZ")).containsExactly("营业执照");
        assertThat(catalog.items().stream().filter(item -> item.materials().stream()
                .anyMatch(m -> m.code().equals("M-YYZZ")))).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void onlyTheIdCardReplacementCarriesAFee() {
        assertThat(catalog.items()).filteredOn(item -> !item.isFree()).extracting(ServiceItem::code)
                .containsExactly("GAHZ-003");
    }

    @Test
    void materialFlagsAreAllInUse() {
        var materials = catalog.items().stream().flatMap(item -> item.materials().stream()).toList();
        assertThat(materials).anyMatch(MaterialRequirement::tolerable)
                .anyMatch(MaterialRequirement::commitmentAllowed)
                .anyMatch(MaterialRequirement::obtainableFromElectronicLicence)
                .anyMatch(MaterialRequirement::reusableFromEarlierCase)
                .anyMatch(m -> !m.required())
                .allMatch(m -> !m.note().isBlank());
    }
}
