package org.onewindow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.catalog.AcceptanceMode;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.DayUnit;
import org.onewindow.domain.catalog.ItemKind;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;

/**
 * The catalog holds to the law it cites: 容缺 only for secondary materials, 告知承诺 only for a 证明 another body
 * issues (国办发〔2020〕42号), every limit with its unit and source, a deciding authority for every item, and a basis
 * other than 行政许可法 §32 for every item that is not a licence. A catalog that breaks one is refused, in Chinese.
 */
class CatalogLawTest {

    private final Catalog catalog = CatalogJson.bundled();

    private static String bundledText() throws IOException {
        try (InputStream in = CatalogJson.class.getResourceAsStream("/catalog/demo-catalog.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text with the first occurrence of {@code field} after the material {@code code} set to {@code value}. */
    private static String withMaterialField(String text, String code, String field, String value) {
        int material = text.indexOf("\"code\" : \"" + code + "\"");
        int at = text.indexOf("\"" + field + "\" : ", material);
        int end = text.indexOf(",", at);
        return text.substring(0, at) + "\"" + field + "\" : " + value + text.substring(end);
    }

    @Test
    void aCoreMaterialMarkedTolerableIsRefusedWithTheReason() throws IOException {
        String broken = withMaterialField(bundledText(), "M-SBBJ", "tolerable", "true");

        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项 SCJG-003 › 材料 M-SBBJ")
                .hasMessageContaining("材料“主要设备设施布局及操作流程文件”是核心材料，不能容缺受理：容缺只适用于目录标明的次要材料");
    }

    @Test
    void aCommitmentReplacingADocumentTheApplicantWritesIsRefusedWithTheReason() throws IOException {
        String broken = withMaterialField(bundledText(), "M-SPAQZD", "commitmentAllowed", "true");

        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项 SCJG-003 › 材料 M-SPAQZD")
                .hasMessageContaining("材料“食品安全管理制度”不是其他机关出具的证明，不能以告知承诺替代")
                .hasMessageContaining("国办发〔2020〕42号");
    }

    @Test
    void aLimitWithoutItsSourceIsRefused() throws IOException {
        String text = bundledText();
        int limit = text.indexOf("\"statutoryLimit\"");
        int source = text.indexOf("\"source\" : \"", limit);
        int end = text.indexOf("\"", source + "\"source\" : \"".length());
        String blank = text.substring(0, source) + "\"source\" : \"" + text.substring(end);

        assertThatThrownBy(() -> CatalogJson.read(blank)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项 SCJG-001").hasMessageContaining("时限须注明来源");
    }

    @Test
    void aTolerableMaterialNeedsThePublishedRulesItRestsOn() throws IOException {
        String text = bundledText();
        String withoutRules = text.replaceFirst("\"tolerance\" : \"[^\"]*\"", "\"tolerance\" : \"\"");

        assertThatThrownBy(() -> CatalogJson.read(withoutRules)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("标为容缺，但目录没有注明所依据的容缺受理规则");
    }

    @Test
    void everyLimitCarriesItsUnitAndSourceAndEveryPromiseCountsWorkingDays() {
        for (ServiceItem item : catalog.items()) {
            assertThat(item.statutoryLimit().source()).as(item.code()).isNotBlank().doesNotContain(CatalogFormat1.UNSTATED);
            assertThat(item.promisedLimit().source()).as(item.code()).isNotBlank();
            assertThat(item.statutoryLimit().unit()).as(item.code()).isNotNull();
            assertThat(item.promisedLimit().unit()).as(item.code()).isEqualTo(DayUnit.WORKING_DAYS);
        }
    }

    @Test
    void registrationIsOnTheSpotOrThreeWorkingDaysExtendableByThreeUnderArticle19() {
        for (String code : new String[] {"SCJG-001", "SCJG-002"}) {
            var limit = catalog.item(code).orElseThrow().statutoryLimit();
            assertThat(limit.days()).as(code).isEqualTo(3);
            assertThat(limit.unit()).isEqualTo(DayUnit.WORKING_DAYS);
            assertThat(limit.extensionDays()).isEqualTo(3);
            assertThat(limit.source()).contains("市场主体登记管理条例》第十九条").contains("当场登记");
            assertThat(limit.text()).isEqualTo("3个工作日（经批准可延长3个工作日）");
        }
    }

    @Test
    void theFoodBusinessLicenceFollowsThe2023Measures() {
        ServiceItem food = catalog.item("SCJG-003").orElseThrow();
        assertThat(food.statutoryLimit().days()).isEqualTo(10);
        assertThat(food.statutoryLimit().extensionDays()).isEqualTo(5);
        assertThat(food.statutoryLimit().source()).contains("市场监管总局令第78号");
        assertThat(food.materials()).filteredOn(MaterialRequirement::tolerable).extracting(MaterialRequirement::code)
                .containsExactly("M-JKZ");
        assertThat(food.materials()).filteredOn(MaterialRequirement::commitmentAllowed)
                .allSatisfy(m -> assertThat(m.isProof()).isTrue()).extracting(MaterialRequirement::code)
                .containsExactly("M-JKZ");
    }

    @Test
    void everyToleratedMaterialIsSecondaryAndEveryCommitmentReplacesAProofWithItsBasisAndCheck() {
        var all = catalog.items().stream().flatMap(item -> java.util.stream.Stream.concat(item.materials().stream(),
                item.situations().stream().flatMap(s -> s.addedMaterials().stream()))).toList();
        assertThat(all).filteredOn(MaterialRequirement::tolerable).isNotEmpty().allMatch(MaterialRequirement::secondary);
        assertThat(all).filteredOn(MaterialRequirement::commitmentAllowed).isNotEmpty().allSatisfy(m -> {
            assertThat(m.proof().issuer()).isNotBlank();
            assertThat(m.proof().basis()).isNotBlank();
            assertThat(m.proof().verification()).isNotBlank();
        });
        assertThat(catalog.rules().tolerance()).isNotBlank();
        assertThat(catalog.rules().commitment()).contains("国办发〔2020〕42号");
    }

    @Test
    void everyItemNamesItsDecidingAuthorityAndNonLicencesTheirOwnBasis() {
        for (ServiceItem item : catalog.items()) {
            assertThat(catalog.authorityOf(item)).as(item.code()).isNotNull();
            if (item.kind() != ItemKind.LICENSING) {
                assertThat(item.acceptanceBasis()).as(item.code()).isNotBlank().doesNotContain("行政许可法");
            }
        }
        assertThat(catalog.items()).extracting(ServiceItem::acceptance)
                .contains(AcceptanceMode.AUTHORITY_ITSELF, AcceptanceMode.STATIONED_DEPARTMENT, AcceptanceMode.ENTRUSTED_HALL);
        assertThat(catalog.authorityOf(catalog.item("SCJG-003").orElseThrow()).name()).isEqualTo("行政审批服务局");
    }

    @Test
    void aFormatOneCatalogIsStillReadWithNoToleranceOrCommitmentItCannotJustify() throws IOException {
        String formatOne = """
                {"format" : 1, "version" : "old", "publishedAt" : "2026-01-01T00:00:00Z",
                 "departments" : [ {"code" : "SCJG", "name" : "市场监督管理局"} ],
                 "items" : [ {"code" : "X-1", "name" : "旧事项", "departmentCode" : "SCJG", "kind" : "CONFIRMATION",
                   "legalBasis" : "某条例", "statutoryDays" : 15, "promisedDays" : 5, "fee" : 0, "feeBasis" : "",
                   "acceptanceConditions" : "", "applicantTypes" : [ "PERSON" ],
                   "materials" : [ {"code" : "M-1", "name" : "平面图", "form" : "ORIGINAL", "copies" : 1, "required" : true,
                     "tolerable" : true, "commitmentAllowed" : true, "electronicLicence" : "",
                     "reusableFromEarlierCase" : false, "note" : ""} ],
                   "situations" : [ {"code" : "QX-WTDL", "name" : "委托代理", "applicantTypes" : [ ],
                     "addedMaterials" : [ {"code" : "M-WTS", "name" : "授权委托书", "form" : "ORIGINAL", "copies" : 1,
                       "required" : true, "tolerable" : false, "commitmentAllowed" : false, "electronicLicence" : "",
                       "reusableFromEarlierCase" : false, "note" : ""} ], "replacedMaterialCodes" : [ ] } ],
                   "certificate" : "", "keywords" : [ ] },
                 {"code" : "X-2", "name" : "另一旧事项", "departmentCode" : "SCJG", "kind" : "CONFIRMATION",
                   "legalBasis" : "某条例", "statutoryDays" : 15, "promisedDays" : 5, "fee" : 0, "feeBasis" : "",
                   "acceptanceConditions" : "", "applicantTypes" : [ "PERSON" ], "materials" : [ ], "situations" : [ ],
                   "certificate" : "", "keywords" : [ ] } ],
                 "bundles" : [ {"code" : "B-1", "name" : "旧套餐", "description" : "", "itemCodes" : [ "X-1", "X-2" ],
                   "keywords" : [ ] } ] }""";

        Catalog catalog = CatalogJson.read(formatOne);
        ServiceItem item = catalog.item("X-1").orElseThrow();

        assertThat(item.materials().get(0).tolerable()).isFalse();
        assertThat(item.materials().get(0).commitmentAllowed()).isFalse();
        assertThat(item.authorityCode()).isEqualTo("SCJG");
        assertThat(item.acceptance()).isEqualTo(AcceptanceMode.ENTRUSTED_HALL);
        assertThat(item.acceptanceBasis()).isEqualTo("某条例");
        assertThat(item.statutoryLimit().text()).isEqualTo("15个工作日");
        assertThat(item.statutoryLimit().source()).isEqualTo(CatalogFormat1.UNSTATED);
        assertThat(item.situations()).as("format 1 flags no situation as the agent's (0032)").noneMatch(Situation::agent);
        assertThat(catalog.bundle("B-1").orElseThrow().producedMaterials()).as("nor what a bundle issues itself").isEmpty();
    }
}
