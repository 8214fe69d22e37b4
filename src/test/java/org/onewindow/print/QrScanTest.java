package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the signed QR code back from a rendered page, as {@code onewindow verify} and a phone do. */
class QrScanTest {

    @TempDir
    static Path keyDirectory;
    private static DocumentFixtures fixtures;

    @BeforeAll
    static void render() {
        fixtures = new DocumentFixtures(keyDirectory);
    }

    /**
     * A sample receipt of the first, long code form signed with a key whose code happens to hold a run of data modules
     * that looks like a finder pattern: ZXing's single-code reader missed it (about one code in fifty did).
     */
    @Test
    void findsTheCodeWhereADenseCodeHoldsAFalseFinderPattern() throws Exception {
        try (InputStream in = QrScanTest.class.getResourceAsStream("/print/receipt-with-a-false-finder-pattern.pdf");
             PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            String kept = document.getDocumentInformation().getCustomMetadataValue(DocumentRenderer.CODE_INFO_KEY);

            assertThat(AuthenticityVerifier.scanQrCode(document)).isNotNull().isEqualTo(kept);
        }
    }

    /**
     * The code is read from each kind of paper rendered at 110 dpi (a phone's view of a page, a cheap scan), opens the
     * centre's verification address, and still verifies offline.
     */
    @Test
    void everyPapersCodeIsReadAt110DpiAndVerifies() throws Exception {
        for (var entry : fixtures.allNotices().entrySet()) {
            PrintedDocument paper = entry.getValue();
            if (paper.authenticityCode().isEmpty()) {
                continue;
            }
            var page = PdfReading.render(paper.pdf(), 0, 110);

            String read = AuthenticityVerifier.scanQrCode(page);

            assertThat(read).as(entry.getKey()).isEqualTo(paper.authenticityCode()).startsWith("HTTPS://ZWFW.EXAMPLE.GOV.CN/V/2");
            assertThat(new AuthenticityVerifier(fixtures.keys).verifyCode(read).verdict()).as(entry.getKey())
                    .isEqualTo(Verification.Verdict.GENUINE);
        }
        PrintedDocument certificate = fixtures.sample(SampleKind.CERTIFICATE);
        assertThat(AuthenticityVerifier.scanQrCode(PdfReading.render(certificate.pdf(), 0, 110)))
                .isEqualTo(certificate.authenticityCode());
    }

    /** What the QR code carries fits the QR code's alphanumeric mode: capitals, digits and a few signs. */
    @Test
    void theCodeIsShortAndAlphanumeric() {
        String text = fixtures.receipt().authenticityCode();
        assertThat(text).matches("[0-9A-Z $%*+\\-./:]+").hasSizeLessThanOrEqualTo(180);
    }

    @Test
    void aFileWhosePageWasEditedIsCalledAltered() throws Exception {
        PrintedDocument receipt = fixtures.receipt();
        Path file = keyDirectory.resolve("receipt.pdf");
        receipt.writeTo(file);
        assertThat(new AuthenticityVerifier(fixtures.keys).verifyPdf(file).verdict()).isEqualTo(Verification.Verdict.GENUINE);

        try (PDDocument document = Loader.loadPDF(receipt.pdf())) {
            String kept = document.getDocumentInformation().getCustomMetadataValue(DocumentRenderer.CODE_INFO_KEY);
            // the fields kept with the code, with another applicant written in
            String forged = kept.substring(0, kept.lastIndexOf('.') + 1) + java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("{\"a\":\"某某公司\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            document.getDocumentInformation().setCustomMetadataValue(DocumentRenderer.CODE_INFO_KEY, forged);
            document.save(file.toFile());
        }
        assertThat(new AuthenticityVerifier(fixtures.keys).verifyPdf(file).verdict()).isEqualTo(Verification.Verdict.ALTERED);
    }
}
