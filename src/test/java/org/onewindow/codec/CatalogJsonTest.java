package org.onewindow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;

class CatalogJsonTest {

    private static String bundledText() throws IOException {
        try (InputStream in = CatalogJson.class.getResourceAsStream("/catalog/demo-catalog.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBundledCatalogIsReadOnceAndShared() {
        assertThat(CatalogJson.bundled()).isSameAs(CatalogJson.bundled());
        assertThat(CatalogJson.bundled().version()).isEqualTo("2026.12-demo");
    }

    @Test
    void writingWhatWasReadGivesBackTheSameDocument() throws IOException {
        String text = bundledText();
        assertThat(CatalogJson.write(CatalogJson.read(text))).isEqualTo(text);
    }

    @Test
    void aRoundTripKeepsEveryItemEqual() throws IOException {
        Catalog catalog = CatalogJson.read(bundledText());
        Catalog again = CatalogJson.read(CatalogJson.write(catalog));
        assertThat(again.items()).isEqualTo(catalog.items());
        assertThat(again.bundles()).isEqualTo(catalog.bundles());
        assertThat(again.departments()).isEqualTo(catalog.departments());
        assertThat(again.publishedAt()).isEqualTo(catalog.publishedAt());
    }

    @Test
    void aFeeIsReadWithItsBasis() {
        ServiceItem idCard = CatalogJson.bundled().item("GAHZ-003").orElseThrow();
        assertThat(idCard.fee()).isEqualByComparingTo("20");
        assertThat(idCard.feeBasis()).contains("发改价格〔2003〕2322号");
    }

    @Test
    void anItemOfAnUnknownDepartmentIsRefusedByName() throws IOException {
        String broken = bundledText().replaceFirst("\"departmentCode\" : \"SCJG\"", "\"departmentCode\" : \"NOPE\"");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项 SCJG-001").hasMessageContaining("所属部门 NOPE 不在部门列表中");
    }

    @Test
    void aDuplicateItemCodeIsRefused() throws IOException {
        String broken = bundledText().replaceFirst("\"code\" : \"SCJG-002\"", "\"code\" : \"SCJG-001\"");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项编码重复：SCJG-001");
    }

    @Test
    void aDuplicateMaterialWithinAnItemNamesTheItem() throws IOException {
        String broken = bundledText().replaceFirst("\"code\" : \"M-CSZM\"", "\"code\" : \"M-SFZ\"");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项 SCJG-001：材料编码重复：M-SFZ");
    }

    @Test
    void negativeCopiesNameTheItemAndTheMaterial() throws IOException {
        String text = bundledText();
        int material = text.indexOf("\"code\" : \"M-SFZ\"");
        int copies = text.indexOf("\"copies\" : 1", material);
        String broken = text.substring(0, copies) + "\"copies\" : -1" + text.substring(copies + "\"copies\" : 1".length());
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项 SCJG-001 › 材料 M-SFZ：份数不能为负数（-1）");
    }

    @Test
    void aFeeWithoutItsBasisIsRefused() throws IOException {
        String broken = bundledText().replaceFirst("\"feeBasis\" : \"《国家发展改革委[^\"]*\"", "\"feeBasis\" : \"\"");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessage("事项目录 2026.12-demo 有误：事项 GAHZ-003：收费事项必须写明收费依据");
    }

    @Test
    void aBundleWhoseItemsServeNoCommonApplicantIsRefused() throws IOException {
        String broken = bundledText().replace("\"itemCodes\" : [ \"SCJG-001\", \"SCJG-003\",",
                "\"itemCodes\" : [ \"SCJG-001\", \"SCJG-002\",");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessage("事项目录 2026.12-demo 有误：套餐 YJS-KCG（开餐馆一件事）的事项没有共同的申请人类型");
    }

    @Test
    void anUnknownFormIsRefusedWithTheAllowedValues() throws IOException {
        String broken = bundledText().replaceFirst("\"form\" : \"ORIGINAL\"", "\"form\" : \"PHOTO\"");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("事项 SCJG-001 › 材料 M-SQB-SCJG-001 › 字段 form")
                .hasMessageContaining("PHOTO").hasMessageContaining("ORIGINAL_AND_COPY");
    }

    @Test
    void aMissingFieldAndAWrongTypeAreNamedInChinese() throws IOException {
        String missing = bundledText().replaceFirst(",\\s*\"keywords\" : \\[[^\\]]*\\]", "");
        assertThatThrownBy(() -> CatalogJson.read(missing))
                .hasMessage("事项目录 2026.12-demo 有误：事项 SCJG-001 › 字段 keywords：缺少此字段");
        String wrongType = bundledText().replaceFirst("\"days\" : 3", "\"days\" : \"三\"");
        assertThatThrownBy(() -> CatalogJson.read(wrongType))
                .hasMessage("事项目录 2026.12-demo 有误：事项 SCJG-001 › 字段 statutoryLimit › 字段 days：取值 三 无效（应为整数）");
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        String broken = bundledText().replaceFirst("\"note\" :", "\"remark\" : \"x\", \"note\" :");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("未知字段 \"remark\"");
    }

    @Test
    void aNewerFormatIsRefusedWithAdvice() throws IOException {
        String newer = bundledText().replaceFirst("\"format\" : 2", "\"format\" : 3");
        assertThatThrownBy(() -> CatalogJson.read(newer)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("请升级客户端");
    }

    @Test
    void aDocumentWithoutAFormatIsRefused() {
        assertThatThrownBy(() -> CatalogJson.read("{\"version\" : \"x\"}")).isInstanceOf(CatalogFormatException.class)
                .hasMessage("事项目录格式版本为 （缺失），本程序只能读取格式 1 至 2，请升级客户端");
    }

    @Test
    void theCatalogSaysWhichSituationIsAnAgentsAndWhatABundleIssuesItself() {
        Catalog catalog = CatalogJson.bundled();
        assertThat(catalog.items()).flatExtracting(ServiceItem::situations).filteredOn(Situation::agent)
                .extracting(Situation::code).containsOnly("QX-WTDL").isNotEmpty();
        assertThat(catalog.bundle("YJS-KCG").orElseThrow().producedMaterials()).containsEntry("M-YYZZ", "SCJG-001");
        assertThat(catalog.bundle("YJS-XSE").orElseThrow().producedMaterials()).containsEntry("M-CSYXZM", "WSJK-003");
    }

    @Test
    void aBundleCannotSayThatAnItemOutsideItIssuesAMaterial() throws IOException {
        String broken = bundledText().replaceFirst("\"M-YYZZ\" : \"SCJG-001\"", "\"M-YYZZ\" : \"SCJG-002\"");
        assertThatThrownBy(() -> CatalogJson.read(broken)).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("由不在套餐中的事项 SCJG-002 出具");
    }

    @Test
    void brokenJsonSaysWhere() {
        assertThatThrownBy(() -> CatalogJson.read("{\"format\" : 2,\n \"version\" : }"))
                .isInstanceOf(CatalogFormatException.class).hasMessageContaining("第 2 行");
    }
}
