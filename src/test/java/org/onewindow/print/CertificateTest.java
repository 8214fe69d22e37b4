package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.print.CertificateRenderer.Stock;
import org.onewindow.print.PdfReading.Glyph;
import org.onewindow.print.layout.Paper;
import org.onewindow.testing.TestClock;

/** Certificates and licences from their templates, read back from the PDFs. */
class CertificateTest {

    @TempDir
    static Path keyDirectory;
    private static DocumentFixtures fixtures;
    private static PrintedDocument plain;

    @BeforeAll
    static void render() {
        fixtures = new DocumentFixtures(keyDirectory);
        plain = fixtures.certificates.render(CertificateTemplate.bundled("SCJG-003"), SampleDocuments.foodLicence(),
                SampleDocuments.issue(108), Stock.PLAIN_PAPER, PrintOffset.NONE);
    }

    private static PrintedDocument onStock(PrintOffset offset) {
        return fixtures.certificates.render(CertificateTemplate.bundled("SCJG-003"), SampleDocuments.foodLicence(),
                SampleDocuments.issue(108), Stock.PRE_PRINTED, offset);
    }

    @Test
    void plainPaperCarriesFrameLabelsAndEveryValue() throws Exception {
        String text = PdfReading.flatText(plain.pdf());
        assertThat(text).contains("食品经营许可证", "经营者名称", "许可证编号：", "JY23701020012345", "济南历下泉城味道餐饮管理有限公司",
                SampleDocuments.COMPANY_CREDIT_CODE, "热食类食品制售", "2031年11月26日", "济南市历下区行政审批服务局", "2026年11月27日");
        assertThat(text).doesNotContain("第1页");
    }

    @Test
    void preprintedStockGetsOnlyTheValues() throws Exception {
        String text = PdfReading.flatText(onStock(PrintOffset.NONE).pdf());
        assertThat(text).contains("济南历下泉城味道餐饮管理有限公司", "JY23701020012345", "2031年11月26日");
        assertThat(text).doesNotContain("经营者名称", "食品经营许可证", "发证机关");
    }

    @Test
    void calibrationOffsetMovesEveryValueByExactlyThatManyMillimetres() throws Exception {
        Glyph before = first(PdfReading.glyphs(onStock(PrintOffset.NONE).pdf()), "济");
        Glyph after = first(PdfReading.glyphs(onStock(new PrintOffset(3f, -2f)).pdf()), "济");
        assertThat(after.x() - before.x()).isCloseTo(Paper.mm(3), org.assertj.core.data.Offset.offset(0.05f));
        assertThat(after.baseline() - before.baseline()).isCloseTo(Paper.mm(-2), org.assertj.core.data.Offset.offset(0.05f));
    }

    @Test
    void plainPaperIgnoresTheStockCalibration() throws Exception {
        PrintedDocument shifted = fixtures.certificates.render(CertificateTemplate.bundled("SCJG-003"), SampleDocuments.foodLicence(),
                SampleDocuments.issue(108), Stock.PLAIN_PAPER, new PrintOffset(5, 5));
        assertThat(first(PdfReading.glyphs(shifted.pdf()), "济").x()).isEqualTo(first(PdfReading.glyphs(plain.pdf()), "济").x());
    }

    private static Glyph first(List<Glyph> glyphs, String text) {
        return glyphs.stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void textStaysOnTheSheetWithoutOverlapsAndFontsAreSubsets() throws Exception {
        PrintedDocument licence = fixtures.certificates.render(CertificateTemplate.bundled("SCJG-001"),
                SampleDocuments.businessLicence(), SampleDocuments.issue(109), Stock.PLAIN_PAPER, PrintOffset.NONE);
        for (PrintedDocument document : List.of(plain, onStock(PrintOffset.NONE), licence)) {
            List<Glyph> glyphs = PdfReading.glyphs(document.pdf());
            for (Glyph glyph : glyphs) {
                assertThat(glyph.x()).isGreaterThanOrEqualTo(0);
                assertThat(glyph.x() + glyph.width()).isLessThanOrEqualTo(glyph.pageWidth());
                assertThat(glyph.top()).isGreaterThanOrEqualTo(0);
                assertThat(glyph.bottom()).isLessThanOrEqualTo(glyph.pageHeight());
            }
            for (int i = 0; i < glyphs.size(); i++) {
                for (int j = i + 1; j < glyphs.size(); j++) {
                    assertThat(glyphs.get(i).overlaps(glyphs.get(j))).as(glyphs.get(i) + " / " + glyphs.get(j)).isFalse();
                }
            }
            try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
                for (var name : pdf.getPage(0).getResources().getFontNames()) {
                    assertThat(pdf.getPage(0).getResources().getFont(name).getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
                }
            }
        }
    }

    @Test
    void carriesAValidPdfSignatureOverTheWholeFileFromTheDeviceCertificate() throws Exception {
        byte[] pdf = plain.pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            assertThat(range[2] + range[3]).as("the signature covers the file to its end").isEqualTo(pdf.length);
            CMSSignedData cms = signedData(signature, pdf);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))).isTrue();
            X509Certificate device = DeviceCertificate.openOrCreate(keyDirectory, "任意", TestClock.at(TestClock.MONDAY_MORNING)).certificate();
            assertThat(holder.getEncoded()).isEqualTo(device.getEncoded());
            assertThat(holder.getSubject().toString()).contains("济南市历下区政务服务中心");
        }
    }

    @Test
    void aChangedByteBreaksThePdfSignature() throws Exception {
        byte[] pdf = plain.pdf().clone();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            int[] range = signature.getByteRange();
            int inside = range[1] / 2;
            pdf[inside] = (byte) (pdf[inside] == ' ' ? '\n' : ' ');
            CMSSignedData cms = signedData(signature, pdf);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            assertThatThrownBy(() -> signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder)))
                    .isInstanceOf(CMSSignerDigestMismatchException.class);
        }
    }

    @Test
    void isMarkedPdfA2bWithAnSrgbOutputIntent() throws Exception {
        try (PDDocument document = Loader.loadPDF(plain.pdf())) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>", "证照 历下审批受K7Q3〔2026〕108号");
            assertThat(document.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
        }
    }

    @Test
    void qrCodeIsSignedOverTheCertificateNumberAndVerifiesAsGenuine() throws Exception {
        assertThat(PdfReading.decode(PdfReading.render(plain.pdf(), 0, 200), BarcodeFormat.QR_CODE)).isEqualTo(plain.authenticityCode());
        Path file = keyDirectory.resolve("certificate.pdf");
        plain.writeTo(file);
        Verification verification = new AuthenticityVerifier(fixtures.keys).verifyPdf(file);
        assertThat(verification.verdict()).as(verification.detail()).isEqualTo(Verification.Verdict.GENUINE);
        assertThat(verification.fields()).containsEntry(KeyField.CERTIFICATE, "JY23701020012345")
                .containsEntry(KeyField.APPLICANT, "济南历下泉城味道餐饮管理有限公司");
        Files.delete(file);
    }

    /** A sample printed to check a printer carries 样张 across the sheet: it can never pass for an issued licence. */
    @Test
    void aPlainPaperSampleIsMarkedAsASpecimen() throws Exception {
        assertThat(PdfReading.flatText(fixtures.sample(SampleKind.CERTIFICATE).pdf())).contains("样张");
        assertThat(PdfReading.flatText(fixtures.sample(SampleKind.LICENCE).pdf())).contains("样张");
        assertThat(PdfReading.flatText(plain.pdf())).doesNotContain("样张");
    }

    @Test
    void reprintIsStamped() throws Exception {
        PrintedDocument reprint = fixtures.certificates.render(CertificateTemplate.bundled("SCJG-003"), SampleDocuments.foodLicence(),
                SampleDocuments.issue(108).reprint(SampleDocuments.ISSUED_AT.plusDays(2)), Stock.PLAIN_PAPER, PrintOffset.NONE);
        assertThat(PdfReading.flatText(reprint.pdf())).contains("补打2026-11-2510:30");
    }

    @Test
    void aMissingValueOrTemplateIsNamedInChinese() {
        CertificateData incomplete = new CertificateData("JY1", "C1", "某公司", SampleDocuments.ISSUED_AT.toLocalDate(), Map.of());
        assertThatThrownBy(() -> fixtures.certificates.render(CertificateTemplate.bundled("SCJG-003"), incomplete,
                SampleDocuments.issue(1), Stock.PLAIN_PAPER, PrintOffset.NONE)).hasMessageContaining("没有数据");
        assertThatThrownBy(() -> CertificateTemplate.bundled("NO-SUCH")).hasMessageContaining("没有证照模板");
    }

    @Test
    void calibrationPageShowsTheCurrentOffsetAndHowToMeasure() throws Exception {
        PrintedDocument page = fixtures.certificates.calibrationPage(Paper.A4_LANDSCAPE, "证照打印机", new PrintOffset(1.5f, -0.5f),
                SampleDocuments.issue(110));
        assertThat(PdfReading.flatText(page.pdf())).contains("套打校准页", "证照打印机", "向右1.5mm", "向下-0.5mm", "20mm");
    }

    /**
     * The CMS object in a signature's /Contents. PDF pads it with zeros to the space reserved for it, and
     * BouncyCastle (1.85 on) refuses bytes after the object, so exactly one object is read, as a verifier does.
     */
    private static CMSSignedData signedData(PDSignature signature, byte[] pdf) throws Exception {
        try (ASN1InputStream contents = new ASN1InputStream(signature.getContents(pdf))) {
            return new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    ContentInfo.getInstance(contents.readObject()));
        }
    }
}
