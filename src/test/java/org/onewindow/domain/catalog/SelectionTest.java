package org.onewindow.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.codec.CatalogJson;

class SelectionTest {

    private final Catalog catalog = CatalogJson.bundled();

    private MaterialList bundle(String code, String... situations) {
        return Selection.ofBundle(catalog, code, ApplicantType.PERSON, Set.of(situations)).materials();
    }

    private MaterialList item(String code, String... situations) {
        return Selection.ofItems(catalog, List.of(code), ApplicantType.PERSON, Set.of(situations)).materials();
    }

    @Test
    void theRestaurantBundleAsksForTheIdCardAndTheFloorPlanOnceAndNotForTheLicenceItIssues() {
        // 4 + 7 + 5 + 5 + 5 documents item by item; M-SFZ twice, M-PMT twice; M-YYZZ, asked four times, is the
        // licence the bundle's own 个体工商户登记 issues
        MaterialList list = bundle("YJS-KCG");
        assertThat(list.itemByItemCount()).isEqualTo(26);
        assertThat(list.mergedCount()).isEqualTo(20);
        assertThat(list.saving()).isEqualTo(6);
        assertThat(list.lines()).filteredOn(MaterialLine::shared).extracting(MaterialLine::code)
                .containsExactly("M-SFZ", "M-PMT");
        assertThat(list.line("M-YYZZ")).isEmpty();
        assertThat(list.produced()).singleElement().satisfies(produced -> {
            assertThat(produced.requirement().code()).isEqualTo("M-YYZZ");
            assertThat(produced.issuedBy()).isEqualTo("SCJG-001");
            assertThat(produced.neededBy()).containsExactly("SCJG-003", "CG-001", "ZJ-002", "XF-001");
        });
    }

    @Test
    void theLicenceIsAskedForWhenItsItemsAreChosenOneByOne() {
        MaterialList list = Selection.ofItems(catalog, List.of("SCJG-001", "SCJG-003"), ApplicantType.PERSON, Set.of())
                .materials();
        assertThat(list.line("M-YYZZ")).isPresent();
        assertThat(list.produced()).isEmpty();
    }

    @Test
    void theNewbornBundleSavesNineDocumentsAndNeverAsksForTheBirthCertificateItIssues() {
        // 4 + 4 + 4 + 4 + 4 item by item; parents' ID five times, marriage and household book twice; the birth
        // certificate, asked three times, is what the bundle's 出生医学证明 item issues
        MaterialList list = bundle("YJS-XSE");
        assertThat(list.itemByItemCount()).isEqualTo(20);
        assertThat(list.mergedCount()).isEqualTo(11);
        assertThat(list.saving()).isEqualTo(9);
        assertThat(list.line("M-SFZ").orElseThrow().itemCodes()).hasSize(5);
        assertThat(list.line("M-CSYXZM")).isEmpty();
        assertThat(list.produced()).extracting(p -> p.requirement().code(), MaterialList.ProducedMaterial::issuedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M-CSYXZM", "WSJK-003"));
    }

    @Test
    void everyBundleAsksForFewerDocumentsThanItsItemsOneByOne() {
        for (Bundle bundle : catalog.bundles()) {
            ApplicantType applicant = catalog.applicantTypesOf(bundle).iterator().next();
            MaterialList list = Selection.ofBundle(catalog, bundle.code(), applicant, Set.of()).materials();
            assertThat(list.mergedCount()).as(bundle.name()).isLessThan(list.itemByItemCount());
            assertThat(list.saving()).isEqualTo(list.itemByItemCount() - list.mergedCount());
        }
    }

    @Test
    void aSharedDocumentIsRequiredIfAnyItemRequiresIt() {
        MaterialLine householdBook = bundle("YJS-XSE").line("M-HKB").orElseThrow();
        assertThat(householdBook.itemCodes()).containsExactly("GAHZ-001", "YB-001");
        assertThat(householdBook.requirement().required()).isTrue();
    }

    @Test
    void theSharedFloorPlanIsACoreMaterialNoItemTolerates() {
        MaterialRequirement floorPlan = bundle("YJS-KCG").line("M-PMT").orElseThrow().requirement();
        assertThat(floorPlan.secondary()).isFalse();
        assertThat(floorPlan.tolerable()).isFalse();
        assertThat(floorPlan.commitmentAllowed()).isFalse();
        assertThat(floorPlan.note()).isEqualTo("标明面积、出入口、功能分区，签字或盖章；标明疏散通道、安全出口、消防设施位置");
    }

    @Test
    void anOptionalListingDoesNotTakeAwayAnotherItemsElectronicLicence() {
        MaterialRequirement marriage = bundle("YJS-XSE").line("M-JHZ").orElseThrow().requirement();
        assertThat(marriage.required()).isTrue();
        assertThat(marriage.electronicLicence()).isEqualTo("结婚证");
    }

    @Test
    void agencyAddsExactlyTheLetterOfAuthorityAndTheAgentsId() {
        MaterialList alone = item("SCJG-001");
        MaterialList byAgent = item("SCJG-001", "QX-WTDL");
        assertThat(byAgent.mergedCount()).isEqualTo(alone.mergedCount() + 2);
        assertThat(byAgent.lines().subList(alone.mergedCount(), byAgent.mergedCount()))
                .extracting(MaterialLine::name).containsExactly("授权委托书", "代理人居民身份证");
        assertThat(byAgent.lines().subList(0, alone.mergedCount())).isEqualTo(alone.lines());
    }

    @Test
    void agencyInABundleIsAskedForOnceForAllItems() {
        MaterialList plain = bundle("YJS-KCG");
        MaterialList byAgent = bundle("YJS-KCG", "QX-WTDL");
        assertThat(byAgent.mergedCount()).isEqualTo(plain.mergedCount() + 2);
        assertThat(byAgent.itemByItemCount()).isEqualTo(plain.itemByItemCount() + 2 * 5);
        assertThat(byAgent.line("M-WTS").orElseThrow().itemCodes()).hasSize(5);
    }

    @Test
    void aForeignApplicantBringsAPassportInsteadOfAnIdCard() {
        MaterialList list = item("RS-001", "QX-WJ");
        assertThat(list.line("M-SFZ")).isEmpty();
        assertThat(list.line("M-HZ").orElseThrow().name()).isEqualTo("护照及中文译本");
    }

    @Test
    void aCompanyApplyingBringsItsLegalRepresentativesIdInsteadOfAPersonsId() {
        ServiceItem food = catalog.item("SCJG-003").orElseThrow();
        assertThat(food.situationsFor(ApplicantType.PERSON)).extracting(Situation::code).doesNotContain("QX-DW");
        MaterialList list = Selection.ofItems(catalog, List.of("SCJG-003"), ApplicantType.COMPANY, Set.of("QX-DW")).materials();
        assertThat(list.line("M-SFZ")).isEmpty();
        assertThat(list.line("M-FDDBR").orElseThrow().name()).isEqualTo("法定代表人（负责人）居民身份证");
        assertThatThrownBy(() -> item("SCJG-003", "QX-DW")).hasMessageContaining("没有适用于自然人的情形 QX-DW");
    }

    @Test
    void aSingleItemSavesNothing() {
        MaterialList list = item("SCJG-003");
        assertThat(list.saving()).isZero();
        assertThat(list.mergedCount()).isEqualTo(catalog.item("SCJG-003").orElseThrow().materials().size());
    }

    @Test
    void aBundleTakesTheLongestLimitsOfItsItems() {
        Selection restaurant = Selection.ofBundle(catalog, "YJS-KCG", ApplicantType.PERSON, Set.of());
        assertThat(restaurant.statutoryDays()).isEqualTo(20);
        assertThat(restaurant.promisedDays()).isEqualTo(7);
        assertThat(restaurant.fee()).isZero();
    }

    @Test
    void aSituationNoItemOffersIsRefused() {
        assertThatThrownBy(() -> item("SCJG-003", "QX-FHY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("没有适用于自然人的情形 QX-FHY");
        assertThatThrownBy(() -> Selection.ofItems(catalog, List.of("MZ-001"), ApplicantType.PERSON, Set.of("QX-WTDL")))
                .hasMessageContaining("QX-WTDL");
    }

    @Test
    void anItemThatDoesNotServeTheApplicantTypeIsRefused() {
        assertThatThrownBy(() -> Selection.ofBundle(catalog, "YJS-QYKB", ApplicantType.PERSON, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("事项“有限责任公司设立登记”不受理自然人的申请");
    }

    @Test
    void anUnknownItemIsNamed() {
        assertThatThrownBy(() -> item("NOPE-1")).hasMessageContaining("目录 2026.12-demo 中没有事项 NOPE-1");
    }
}
