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
        assertThat(text).contains("济南市历下区行政审批服务局", "受理通知书", "历下审批受K7Q3〔2026〕1号",
                "受理编号：" + SampleDocuments.CASE_NUMBER, "济南历下泉城味道餐饮管理有限公司", "食品经营许可",
                "7个工作日", "2026年12月2日", "10个工作日", "不收费", "王丽", "首问负责人", "窗口领取", "12345",
                "李晓燕", "330102********2348", "第1页共1页");
        assertThat(text).doesNotContain("330102199003152348", SampleDocuments.CLERK);
    }

    @Test
    void aStandardReceiptFitsOneA5Sheet() throws IOException {
        assertThat(PdfReading.pageCount(notices.get("receipt").pdf())).isEqualTo(1);
        assertThat(PdfReading.pageCount(notices.get("payment receipt").pdf())).isEqualTo(1);
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
        assertThat(text).contains("原件及复印件1份", "复印件1份", "容缺，11月30日前补", "电子证照，免提交");
    }

    @Test
    void deficiencyNoticeListsEveryProblemWithItsRemedyTheFiveDayRuleAndTheReturnedMaterials() throws IOException {
        String text = PdfReading.flatText(notices.get("deficiency").pdf());
        for (var deficiency : SampleDocuments.deficiencyCase().deficiencies()) {
            assertThat(text).contains(deficiency.materialName(), deficiency.problem(), deficiency.remedy().replace(" ", ""));
        }
        assertThat(text).contains("补正材料一次性告知书", "共3项", "第三十二条第一款第（四）项", "五日内", "即为受理",
                "当场出具", "申请材料已当场退回", "解放东路3号", "0531-86551200");
    }

    @Test
    void aDeficiencyTheClerkLeftUnexplainedPrintsWhatTheCatalogAsksNeverTheClerksPrompt() throws IOException {
        var old = SampleDocuments.deficiencyCase();
        var unexplained = new org.onewindow.domain.caselog.EventPayload.DeficiencyNotified(old.caseNumber(), old.intake(),
                List.of(new org.onewindow.domain.intake.Deficiency("M-PMT", "经营场所平面图（含周边环境）", "不符合要求，但未注明问题",
                        "受理人员须注明材料存在的问题，以便一次性告知申请人")), old.responsibleClerk());
        String text = PdfReading.flatText(fixtures.renderer.render(new DeficiencyNotice(unexplained, fixtures.catalog),
                SampleDocuments.issue(9)).pdf());
        assertThat(text).doesNotContain("受理人员", "未注明问题").contains("不符合要求", "标明面积、出入口、功能分区");
    }

    @Test
    void refusalGivesTheGroundWithItsClauseTheReasonAndTheRightsToReviewAndLitigation() throws IOException {
        String text = PdfReading.flatText(notices.get("refusal").pdf());
        assertThat(text).contains("不予受理通知书", "市中区", "第三十二条第一款第（二）项", "六十日内", "行政复议法",
                "济南市历下区人民政府", "六个月内", "行政诉讼法", "济南市历下区人民法院", "窗口负责人：张明", "经办人：王丽");
        assertThat(text).doesNotContain(SampleDocuments.SUPERVISOR, SampleDocuments.CLERK);
    }

    @Test
    void toleranceNoticeAndCommitmentNameTheOwedMaterialTheDeadlineAndThePublishedRules() throws IOException {
        String notice = PdfReading.flatText(notices.get("tolerance").pdf());
        String commitment = PdfReading.flatText(notices.get("tolerance commitment").pdf());
        for (String text : List.of(notice, commitment)) {
            assertThat(text).contains("从业人员健康合格证明", "2026年11月30日", "容缺受理实施办法");
            assertThat(text).doesNotContain("食品经营许可申请书", "第三十二条");
        }
        assertThat(notice).contains("容缺受理通知书", "补齐前，本事项不予办结");
        assertThat(commitment).contains("容缺受理承诺书", "承诺人（签字/盖章）", "受理人（签字）", "一式两份");
    }

    @Test
    void commitmentLetterNamesTheProofItsPurposeBasisAndCheckAndWhatAFalseCommitmentCosts() throws IOException {
        String text = PdfReading.flatText(notices.get("commitment").pdf());
        assertThat(text).contains("告知承诺书", "经营场所使用证明", "不动产登记机构", "证明申请人对住所（经营场所）享有使用权",
                "市场主体登记管理条例》第十六条第一款第（三）项", "不再索要", "事后核查", "20个工作日内", "信息共享核查",
                "依法撤销", "信用记录", "国办发〔2020〕42号", "一式两份", "申请人（签字/盖章）");
    }

    @Test
    void aDenialAfterReviewCitesArticle38AndTheRights() throws IOException {
        String text = PdfReading.flatText(notices.get("denial").pdf());
        assertThat(text).contains("不予行政许可决定书", "第三十八条第二款", "不予行政许可", "现场核查", "六十日内", "六个月内",
                "2026年12月1日");
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
        DocumentRenderer sealed = new DocumentRenderer(TestFonts.SHARED, fixtures.keys, SampleDocuments.offices(sealFile),
                SampleDocuments.staff());
        byte[] pdf = sealed.render(new RefusalNotice(SampleDocuments.refusalCase(), fixtures.catalog), SampleDocuments.issue(3)).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(document.getNumberOfPages() - 1).getResources();
            assertThat(resources.getXObjectNames()).hasSize(1);
        }
        assertThat(PdfReading.flatText(pdf)).doesNotContain("（印章）");
        assertThat(PdfReading.flatText(notices.get("refusal").pdf())).contains("（印章）");
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
        assertThat(text).contains("第" + pages + "页共" + pages + "页", "邮寄送达", "文化东路100号",
                "解放东路南侧泉城广场东地块".repeat(3));
        assertThat(text.split("序号", -1).length - 1).as("table header on each page it spans").isGreaterThanOrEqualTo(pages - 2);
    }

    @Test
    void qrCodeDecodesToTheSignedCodeAndBarcodeToTheCaseNumber() throws Exception {
        PrintedDocument receipt = notices.get("receipt");
        var page = PdfReading.render(receipt.pdf(), 0, 300);
        // A scanner is aimed at one code: the QR code sits top right, the barcode below the head at the left.
        var topRight = page.getSubimage(page.getWidth() / 2, 0, page.getWidth() / 2, page.getHeight() / 4);
        var left = page.getSubimage(0, page.getHeight() / 8, page.getWidth() * 7 / 10, page.getHeight() / 6);
        assertThat(PdfReading.decode(topRight, BarcodeFormat.QR_CODE)).isEqualTo(receipt.authenticityCode())
                .startsWith("HTTPS://ZWFW.EXAMPLE.GOV.CN/V/2R");
        assertThat(PdfReading.decode(left, BarcodeFormat.CODE_128)).isEqualTo(SampleDocuments.CASE_NUMBER);
        var verification = new AuthenticityVerifier(fixtures.keys).verifyCode(receipt.authenticityCode());
        assertThat(verification.verdict()).isEqualTo(Verification.Verdict.GENUINE);
        assertThat(verification.fields()).containsEntry(KeyField.CASE, SampleDocuments.CASE_NUMBER.replace("-", ""))
                .containsEntry(KeyField.KIND, "RECEIPT");
    }

    @Test
    void reprintIsStampedWithItsTimeAndOtherwiseTheSame() throws IOException {
        var reprint = fixtures.renderer.render(new Receipt(SampleDocuments.receiptCase(), fixtures.catalog, Delivery.atWindow()),
                SampleDocuments.issue(1).reprint(SampleDocuments.ISSUED_AT.plusHours(3)));
        String text = PdfReading.flatText(reprint.pdf());
        assertThat(text).contains("补打2026-11-2313:30");
        assertThat(text.replace("补打2026-11-2313:30", "")).isEqualTo(PdfReading.flatText(notices.get("receipt").pdf()));
        assertThat(PdfReading.pageCount(reprint.pdf())).isEqualTo(1);
    }
}
