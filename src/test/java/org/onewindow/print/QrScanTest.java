package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Reading the signed QR code back from a rendered page, as {@code onewindow verify} does. */
class QrScanTest {

    /**
     * A sample receipt signed with a key whose code happens to hold a run of data modules that looks like a
     * finder pattern: ZXing's single-code reader missed it at the verifier's 400 dpi (about one code in fifty
     * did), which made {@code verify} fall back to the copy kept in the file and call a tampered file's
     * mismatch a bad signature instead.
     */
    @Test
    void findsTheCodeWhereADenseCodeHoldsAFalseFinderPattern() throws Exception {
        try (InputStream in = QrScanTest.class.getResourceAsStream("/print/receipt-with-a-false-finder-pattern.pdf");
             PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            String kept = document.getDocumentInformation().getCustomMetadataValue(DocumentRenderer.CODE_INFO_KEY);

            assertThat(AuthenticityVerifier.scanQrCode(document)).isNotNull().isEqualTo(kept);
        }
    }
}
