package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.print.PdfReading.Glyph;

/** The acceptance-flow notices, read back from their PDFs. */
class NoticeDocumentsTest {

    @TempDir
    static Path keyDirectory;
    private static DocumentFixtures fixtures;
    private static Map<String, PrintedDocument> notices;

    @BeforeAll
    static void render() {
        fixtures = new DocumentFixtures(keyDirectory);
        notices = fixtures.allNotices();
    }

    /** Finding 16 of the day at the counter: the receipt of a bundle names it, with its saving and what it issues itself. */
    @Test
    void aBundlesReceiptNamesTheBundleItsSavingAndWhatTheBundleIssuesItself() throws IOException {
        Intake food = SampleDocuments.foodIntake(SampleDocuments.company());
        List<String> items = SampleDocuments.catalog().bundle("YJS-KCG").orElseThrow().itemCodes();
        Applicant owner = new Applicant(ApplicantType.PERSON, "张建华", IdKind.RESIDENT_ID, "110105194912310046",
                "13800571234", "杭州市上城区望江门直街 18 号", "");
        Intake bundled = new Intake(food.catalogVersion(), items, "YJS-KCG", List.of(), owner, null,
                food.materials().stream().filter(m -> !m.materialCode().equals("M-YYZZ")).toList());
        String text = PdfReading.flatText(fixtures.renderer.render(new Receipt(SampleDocuments.accepted(bundled,
                DecisionKind.ACCEPT), SampleDocuments.catalog(), Delivery.atWindow()), SampleDocuments.issue(9)).pdf());

        assertThat(text).contains("办理套餐").contains("开餐馆一件事（一次申请，共需20份材料，逐项申请需26份，少交6份）")
                .contains("营业执照由本套餐的“个体工商户设立登记”出具，无需另行提交。");
    }

    @Test
    void receiptStatesApplicantItemsMaterialsPromisedDateCollectionClerkAndFee() throws IOException {
        String text = PdfReading.flatText(notices.get("receipt").pdf());
        assertThat(text).contains("杭州市上城区政务服务中心", "受理通知书", "上城政服〔2026〕1号",
                "受理编号：" + SampleDocuments.CASE_NUMBER, "杭州上城味道餐饮管理有限公司", "食品经营许可",
                "7个工作日", "2026年12月2日", "不收费", "王丽", "首问负责", "窗口领取", "12345",
                "李晓燕", "330102********2348", "第1页共2页");
        assertThat(text).doesNotContain("330102199003152348");
    }

    @Test
    void receiptListsReceivedMaterialsInCatalogOrderWithFormAndCopies() throws IOException {
        String text = PdfReading.flatText(notices.get("receipt").pdf());
        List<String> catalogOrder = List.of("食品经营许可申请书", "营业执照", "申请人居民身份证", "主要设备设施布局及操作流程文件",
                "经营场所平面图（含周边环境）", "食品安全管理制度", "从业人员健康合格证明", "授权委托书", "代理人居民身份证");
        int previous = -1;
        for (String material : catalogOrder) {
            int at = text.indexOf(material, previous + 1);
            assertThat(at).as(material).isGreaterThan(previous);
            previous = at;
        }
        assertThat(text).contains("原件及复印件", "复印件", "容缺后补", "告知承诺替代", "电子证照调取（免提交）");
    }

    @Test
    void deficiencyNoticeListsEveryProblemWithItsRemedyAndTheFiveDayRule() throws IOException {
        String text = PdfReading.flatText(notices.get("deficiency").pdf());
        for (var deficiency : SampleDocuments.deficiencyCase().deficiencies()) {
            assertThat(text).contains(deficiency.materialName(), deficiency.problem(), deficiency.remedy().replace(" ", ""));
        }
        assertThat(text).contains("补正材料一次性告知书", "共3项", "第三十二条", "五日内一次告知", "即为受理",
                "解放东路18号", "0571-87001234");
    }

    @Test
    void refusalGivesTheReasonAndTheRightsToReviewAndLitigationWithWhere() throws IOException {
        String text = PdfReading.flatText(notices.get("refusal").pdf());
        assertThat(text).contains("不予受理通知书", "居民住宅楼内", "六十日内", "行政复议法", "杭州市上城区人民政府",
                "六个月内", "行政诉讼法", "杭州市上城区人民法院", "张明");
    }

    @Test
    void toleranceNoticeAndCommitmentNameTheOwedMaterialAndTheDeadline() throws IOException {
        String notice = PdfReading.flatText(notices.get("tolerance").pdf());
        String commitment = PdfReading.flatText(notices.get("tolerance commitment").pdf());
        for (String text : List.of(notice, commitment)) {
            assertThat(text).contains("主要设备设施布局及操作流程文件", "2026年11月30日");
            assertThat(text).doesNotContain("食品经营许可申请书");
        }
        assertThat(notice).contains("容缺受理通知书", "补齐前，本事项不予办结");
        assertThat(commitment).contains("容缺受理承诺书", "承诺人（签字/盖章）", "受理人（签字）");
    }

    @Test
    void commitmentLetterListsMaterialsReplacedByCommitmentAndLaterVerification() throws IOException {
        String text = PdfReading.flatText(notices.get("commitment").pdf());
        assertThat(text).contains("告知承诺书", "食品安全管理制度", "事后核查", "申请人（签字/盖章）");
        assertThat(text).doesNotContain("主要设备设施布局");
    }

    @Test
    void toleranceDocumentsRefuseCasesAcceptedWithoutTolerance() {
        var plain = SampleDocuments.accepted(SampleDocuments.foodIntake(SampleDocuments.company()), DecisionKind.ACCEPT);
        assertThatThrownBy(() -> new ToleranceNotice(plain, fixtures.catalog)).hasMessageContaining("容缺受理");
    }

    @Test
    void fontsAreEmbeddedSubsetsOfTheTrueTypeFont() throws IOException {
        for (var entry : notices.entrySet()) {
            try (PDDocument document = Loader.loadPDF(entry.getValue().pdf())) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font).isInstanceOf(PDType0Font.class);
                        assertThat(font.getName()).as(entry.getKey()).matches("[A-Z]{6}\\+NotoSansSC.*");
                        var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                        assertThat(descriptor.getFontFile2()).as(entry.getKey() + " FontFile2").isNotNull();
                    }
                }
            }
        }
    }

    @Test
    void everyGlyphLiesInsideThePageAndNoTwoGlyphsOverlap() throws IOException {
        for (var entry : notices.entrySet()) {
            List<Glyph> glyphs = PdfReading.glyphs(entry.getValue().pdf());
            assertThat(glyphs).as(entry.getKey()).isNotEmpty();
            for (Glyph glyph : glyphs) {
                assertThat(glyph.x()).as(entry.getKey() + " " + glyph).isGreaterThanOrEqualTo(0);
                assertThat(glyph.x() + glyph.width()).as(entry.getKey() + " " + glyph).isLessThanOrEqualTo(glyph.pageWidth());
                assertThat(glyph.top()).as(entry.getKey() + " " + glyph).isGreaterThanOrEqualTo(0);
                assertThat(glyph.bottom()).as(entry.getKey() + " " + glyph).isLessThanOrEqualTo(glyph.pageHeight());
            }
            assertThat(overlapping(glyphs)).as(entry.getKey()).isEmpty();
        }
    }

    @Test
    void anElectronicSealIsDrawnInsteadOfTheEmptyBoxWhenConfigured(@TempDir Path sealDirectory) throws IOException {
        java.awt.image.BufferedImage seal = new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = seal.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.setStroke(new java.awt.BasicStroke(8));
        g.drawOval(10, 10, 180, 180);
        g.dispose();
        Path sealFile = sealDirectory.resolve("seal.png");
        javax.imageio.ImageIO.write(seal, "png", sealFile.toFile());
        DocumentRenderer sealed = new DocumentRenderer(TestFonts.SHARED, fixtures.keys, SampleDocuments.office().withSealImage(sealFile));
        byte[] pdf = sealed.render(new RefusalNotice(SampleDocuments.refusalCase(), fixtures.catalog), SampleDocuments.issue(3)).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(document.getNumberOfPages() - 1).getResources();
            assertThat(resources.getXObjectNames()).hasSize(1);
        }
        assertThat(PdfReading.flatText(pdf)).doesNotContain("（盖章）");
        assertThat(PdfReading.flatText(notices.get("refusal").pdf())).contains("（盖章）");
    }

    @Test
    void theOverlapCheckFindsTextDrawnOverOtherText() throws IOException {
        PdfFonts fonts = TestFonts.SHARED;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        fonts.lock().lock();
        try (PDDocument document = new PDDocument()) {
            var page = new org.onewindow.print.layout.PageComposer(document, fonts.embedIn(document),
                    org.onewindow.print.layout.Paper.A5, "");
            page.text("受理编号", 100, 300, page.body());
            page.text("申请人", 104, 302, page.body());
            page.finish("");
            document.save(out);
        } finally {
            fonts.lock().unlock();
        }
        assertThat(overlapping(PdfReading.glyphs(out.toByteArray()))).isNotEmpty();
    }

    private static List<String> overlapping(List<Glyph> glyphs) {
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            for (int j = i + 1; j < glyphs.size(); j++) {
                Glyph a = glyphs.get(i);
                Glyph b = glyphs.get(j);
                if (!a.text().isBlank() && !b.text().isBlank() && a.overlaps(b)) {
                    clashes.add(a + " / " + b);
                }
            }
        }
        return clashes;
    }

    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithOpeningPunctuation() throws IOException {
        Pattern badStart = Pattern.compile("^[，。、；：？！）」』》]");
        Pattern badEnd = Pattern.compile("[（「『《]$");
        for (var entry : notices.entrySet()) {
            for (String line : PdfReading.text(entry.getValue().pdf()).split("\\R")) {
                assertThat(badStart.matcher(line.strip()).find()).as(entry.getKey() + ": " + line).isFalse();
                assertThat(badEnd.matcher(line.strip()).find()).as(entry.getKey() + ": " + line).isFalse();
            }
        }
    }

    @Test
    void longApplicantNameAndFortyMaterialsFlowOverSeveralNumberedPagesWithRepeatedHeader() throws IOException {
        byte[] pdf = notices.get("long receipt").pdf();
        int pages = PdfReading.pageCount(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String text = PdfReading.flatText(pdf);
        for (int i = 1; i <= 40; i++) {
            assertThat(text).contains("补充材料第" + i + "项");
        }
        assertThat(text).contains("第" + pages + "页共" + pages + "页", "邮寄送达", "文三路100号",
                "望江门外新塘路东侧地块".repeat(3));
        assertThat(text.split("序号", -1).length - 1).as("table header on each page it spans").isGreaterThanOrEqualTo(pages - 2);
    }

    @Test
    void qrCodeDecodesToTheSignedCodeAndBarcodeToTheCaseNumber() throws Exception {
        PrintedDocument receipt = notices.get("receipt");
        var page = PdfReading.render(receipt.pdf(), 0, 300);
        // A scanner is aimed at one code: the QR code sits top right, the barcode top left.
        var topRight = page.getSubimage(page.getWidth() / 2, 0, page.getWidth() / 2, page.getHeight() / 3);
        var topLeft = page.getSubimage(0, 0, page.getWidth() * 7 / 10, page.getHeight() / 3);
        assertThat(PdfReading.decode(topRight, BarcodeFormat.QR_CODE)).isEqualTo(receipt.authenticityCode());
        assertThat(PdfReading.decode(topLeft, BarcodeFormat.CODE_128)).isEqualTo(SampleDocuments.CASE_NUMBER);
        var verification = new AuthenticityVerifier(fixtures.keys).verifyCode(receipt.authenticityCode());
        assertThat(verification.fields()).containsEntry(KeyField.CASE, SampleDocuments.CASE_NUMBER)
                .containsEntry(KeyField.DUE, "2026-12-02").containsEntry(KeyField.KIND, "RECEIPT");
    }

    @Test
    void reprintIsStampedWithItsTimeAndOtherwiseTheSame() throws IOException {
        var reprint = fixtures.renderer.render(new Receipt(SampleDocuments.receiptCase(), fixtures.catalog, Delivery.atWindow()),
                SampleDocuments.issue(1).reprint(SampleDocuments.ISSUED_AT.plusHours(3)));
        String text = PdfReading.flatText(reprint.pdf());
        assertThat(text).contains("补打2026-11-2313:30");
        assertThat(text.replace("补打2026-11-2313:30", "")).isEqualTo(PdfReading.flatText(notices.get("receipt").pdf()));
    }
}
