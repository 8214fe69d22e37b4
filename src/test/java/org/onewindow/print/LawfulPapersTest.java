package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of paper, read back from its PDF, names the authority that decides, cites the basis that fits the item's
 * kind, carries the seal block (the office's name and the date under the seal, 行政许可法 §32's 加盖专用印章和注明日期)
 * and the lines the applicant signs.
 */
class LawfulPapersTest {

    private static final String APPROVAL_BUREAU = "济南市历下区行政审批服务局";
    private static final String HALL = "济南市历下区政务服务中心";
    private static final String ARTICLE_32 = "《中华人民共和国行政许可法》第三十二条";

    @TempDir
    static Path keyDirectory;
    private static DocumentFixtures fixtures;

    @BeforeAll
    static void render() {
        fixtures = new DocumentFixtures(keyDirectory);
    }

    private static String text(SampleKind kind) throws IOException {
        return PdfReading.flatText(fixtures.sample(kind).pdf());
    }

    /** The office's name and the date stand under the seal (or the box the office stamps in by hand). */
    private static void sealBlock(String text, String office, String date) {
        assertThat(text).contains(office + date + "（印章）");
    }

    @Test
    void aLicenceReceiptSpeaksForTheApprovalBureauUnderArticle32AndAsksTheApplicantToSign() throws IOException {
        String text = text(SampleKind.RECEIPT);
        assertThat(text).startsWith(APPROVAL_BUREAU).contains("由" + APPROVAL_BUREAU + "作出决定")
                .contains("历下区政务服务事项容缺受理实施办法").contains("本机关决定予以容缺受理")
                .contains("第四十五条").contains("申请人签收：").contains("年月日");
        sealBlock(text, APPROVAL_BUREAU, "2026年11月23日");
    }

    @Test
    void aPaymentReceiptCitesItsOwnBasisAndTheHallWritesForTheBureau() throws IOException {
        String text = text(SampleKind.PAYMENT_RECEIPT);
        assertThat(text).startsWith("济南市历下区人力资源和社会保障局").contains("《失业保险条例》第十四条、第十六条")
                .doesNotContain("行政许可法").contains("受济南市历下区人力资源和社会保障局委托").contains("申请人签收：");
        sealBlock(text, HALL, "（受济南市历下区人力资源和社会保障局委托）2026年11月23日");
    }

    @Test
    void aBundleReceiptIsTheHallsAndNamesTheAuthorityDecidingEachItem() throws IOException {
        String text = text(SampleKind.BUNDLE_RECEIPT);
        assertThat(text).startsWith(HALL).contains(ARTICLE_32 + "第一款第（五）项")
                .contains("食品经营许可（" + APPROVAL_BUREAU + "）").contains("公众聚集场所投入使用、营业前消防安全检查（消防救援支队）")
                .contains("分别由下列实施机关依法作出决定").contains("申请人签收：");
        sealBlock(text, HALL, "（受" + APPROVAL_BUREAU + "、消防救援支队委托）2026年11月23日");
    }

    @Test
    void aDeficiencyNoticeCitesArticle32Item4() throws IOException {
        String text = text(SampleKind.DEFICIENCY_NOTICE);
        assertThat(text).startsWith(APPROVAL_BUREAU).contains(ARTICLE_32 + "第一款第（四）项").contains("申请人签收：");
        sealBlock(text, APPROVAL_BUREAU, "2026年11月23日");
    }

    @Test
    void aRefusalNoticeCitesTheItemOfItsGround() throws IOException {
        String text = text(SampleKind.REFUSAL_NOTICE);
        assertThat(text).startsWith(APPROVAL_BUREAU).contains(ARTICLE_32 + "第一款第（二）项")
                .contains("本机关决定不予受理").contains("申请人签收：");
        sealBlock(text, APPROVAL_BUREAU, "2026年11月23日");
    }

    @Test
    void toleranceNoticesCiteThePublishedRulesNotArticle32() throws IOException {
        for (SampleKind kind : List.of(SampleKind.TOLERANCE_NOTICE, SampleKind.TOLERANCE_COMMITMENT)) {
            String text = text(kind);
            assertThat(text).as(kind.name()).startsWith(APPROVAL_BUREAU).contains("容缺受理实施办法").doesNotContain("第三十二条");
            sealBlock(text, APPROVAL_BUREAU, "2026年11月23日");
        }
        assertThat(text(SampleKind.TOLERANCE_NOTICE)).contains("申请人签收：");
        assertThat(text(SampleKind.TOLERANCE_COMMITMENT)).contains("承诺人（签字/盖章）：", "受理人（签字）：");
    }

    @Test
    void aCommitmentLetterCitesTheGeneralOfficesGuidanceAndIsSignedByBoth() throws IOException {
        String text = text(SampleKind.COMMITMENT_LETTER);
        assertThat(text).startsWith(APPROVAL_BUREAU).contains("国办发〔2020〕42号").contains("申请人（签字/盖章）：", "受理人（签字）：");
        sealBlock(text, APPROVAL_BUREAU, "2026年11月23日");
    }

    @Test
    void aDenialAfterReviewIsTheBureausUnderArticle38() throws IOException {
        String text = text(SampleKind.DENIAL_DECISION);
        assertThat(text).startsWith(APPROVAL_BUREAU).contains("《中华人民共和国行政许可法》第三十八条第二款").contains("申请人签收：");
        sealBlock(text, APPROVAL_BUREAU, "2026年12月1日");
    }

    @Test
    void numbersFollowGbT9704WithTheDeviceCodeInTheAbbreviationNotTheSerial() throws IOException {
        assertThat(text(SampleKind.RECEIPT)).contains("历下审批受K7Q3〔2026〕101号");
        assertThat(text(SampleKind.PAYMENT_RECEIPT)).contains("历下政服受K7Q3〔2026〕112号");
        assertThat(text(SampleKind.REFUSAL_NOTICE)).contains("历下审批不受K7Q3〔2026〕104号");
    }

    @Test
    void noPaperPrintsAnEmptyFieldsFrameOrALoginId() throws IOException {
        OfficeDirectory bare = OfficeDirectory.ofHall(OfficeProfile.named("政务服务中心"));
        DocumentRenderer renderer = new DocumentRenderer(TestFonts.SHARED, fixtures.keys, bare, id -> null);
        String text = PdfReading.flatText(renderer.render(new Receipt(SampleDocuments.receiptCase(), fixtures.catalog,
                Delivery.atWindow()), SampleDocuments.issue(1)).pdf());
        assertThat(text).doesNotContain("（）", "：。", "电话。", "电话，").contains("受理人工号" + SampleDocuments.CLERK);
        assertThat(text).startsWith("行政审批服务局");
    }
}
