package org.onewindow.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.codec.CatalogJson;

class ItemSearchTest {

    private static final ItemSearch SEARCH = new ItemSearch(CatalogJson.bundled());

    private static List<String> codes(String query) {
        return SEARCH.search(query).stream().map(SearchHit::code).toList();
    }

    @Test
    void pinyinInitialsFindTheItemsThatIssueABusinessLicenceThenTheBundlesThatContainThem() {
        assertThat(codes("yyzz")).containsExactly("SCJG-001", "SCJG-002", "YJS-KCG", "YJS-KLFD", "YJS-QYKB", "YJS-KBLD");
        assertThat(SEARCH.search("yyzz")).allSatisfy(hit -> assertThat(hit.matchedText()).isEqualTo("营业执照"));
    }

    @Test
    void initialsOfTheNameComeBeforeAKeyword() {
        assertThat(codes("spjy")).containsExactly("SCJG-003", "SCJG-005", "YJS-KCG");
        assertThat(SEARCH.search("spjy").get(0)).isInstanceOf(SearchHit.ItemHit.class)
                .extracting(SearchHit::name).isEqualTo("食品经营许可");
    }

    @Test
    void wholeOrMixedPinyinFindsTheSameAsInitials() {
        assertThat(codes("yingyezhizhao")).isEqualTo(codes("yyzz"));
        assertThat(codes("yingyzz")).isEqualTo(codes("yyzz"));
        assertThat(codes("shipin")).startsWith("SCJG-003", "SCJG-005");
    }

    @Test
    void aCodeFindsItsItemWithOrWithoutTheDashInAnyCase() {
        assertThat(codes("SCJG-003")).containsExactly("SCJG-003");
        assertThat(codes("scjg003")).containsExactly("SCJG-003");
        assertThat(codes("yjs-xse")).containsExactly("YJS-XSE");
    }

    @Test
    void aDepartmentNameFindsAllItsItems() {
        assertThat(codes("市场监督")).containsExactly("SCJG-001", "SCJG-002", "SCJG-003", "SCJG-004", "SCJG-005");
        assertThat(codes("gaj")).containsExactly("GAHZ-001", "GAHZ-002", "GAHZ-003", "GAZA-001");
    }

    @Test
    void aPolyphonicCharacterMatchesUnderEachReading() {
        assertThat(codes("shtt")).containsExactly("MZ-003");
        assertThat(codes("sktt")).containsExactly("MZ-003");
        assertThat(codes("shehuituanti")).containsExactly("MZ-003");
        assertThat(codes("shekuaituanti")).containsExactly("MZ-003");
    }

    @Test
    void anExactNameComesBeforeTheBundleThatContainsIt() {
        List<SearchHit> hits = SEARCH.search("公共场所卫生许可");
        assertThat(hits).extracting(SearchHit::code).containsExactly("WSJK-001", "YJS-KLFD");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void aBundleNamePrefixComesBeforeAnItemsKeyword() {
        assertThat(codes("开餐馆")).containsExactly("YJS-KCG", "SCJG-003");
        assertThat(SEARCH.search("开餐馆").get(0)).isInstanceOf(SearchHit.BundleHit.class);
    }

    @Test
    void everyWordMustMatch() {
        assertThat(codes("食品 备案")).containsExactly("SCJG-005", "YJS-KBLD");
        assertThat(codes("食品 结婚")).isEmpty();
    }

    @Test
    void fullWidthLettersAreReadAsTyped() {
        assertThat(codes("ＹＹＺＺ")).isEqualTo(codes("yyzz"));
    }

    @Test
    void aBlankQueryFindsNothingAndALimitCutsTheList() {
        assertThat(SEARCH.search("   ")).isEmpty();
        assertThat(SEARCH.search("yyzz", 2)).extracting(SearchHit::code).containsExactly("SCJG-001", "SCJG-002");
    }

    @Test
    void punctuationAndUnknownCharactersDoNotBreakTheSearch() {
        assertThat(SEARCH.search("'; DROP TABLE items; --")).isEmpty();
        assertThat(SEARCH.search("😀")).isEmpty();
        assertThat(SEARCH.search("a".repeat(10_000))).isEmpty();
        assertThat(SEARCH.search("营".repeat(10_000))).isEmpty();
        assertThat(codes("（新生儿")).contains("GAHZ-001", "YB-001");
    }
}
