package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every kind of paper the window archives is PDF/A-2B, as a real validator (veraPDF, the PDF Association's reference
 * implementation) judges it: embedded fonts, XMP metadata agreeing with the document information, an sRGB output
 * intent, no transparency without it. A failure names each rule broken and where.
 */
class PdfA2bTest {

    @TempDir
    static Path keyDirectory;
    private static DocumentFixtures fixtures;

    @BeforeAll
    static void foundry() {
        VeraGreenfieldFoundryProvider.initialise();
        fixtures = new DocumentFixtures(keyDirectory);
    }

    private static Map<String, PrintedDocument> everyArchivedKind() {
        Map<String, PrintedDocument> all = new LinkedHashMap<>(fixtures.allNotices());
        all.put("certificate", fixtures.sample(SampleKind.CERTIFICATE));
        all.put("certificate on stock", fixtures.sample(SampleKind.CERTIFICATE_ON_STOCK));
        all.put("licence", fixtures.sample(SampleKind.LICENCE));
        return all;
    }

    static List<String> violations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().collect(Collectors.toList());
        }
    }

    @Test
    void everyArchivedKindIsPdfA2b() throws Exception {
        for (var entry : everyArchivedKind().entrySet()) {
            assertThat(violations(entry.getValue().pdf())).as(entry.getKey()).isEmpty();
        }
    }

    @Test
    void aSealWithTransparencyKeepsTheReceiptPdfA2b(@TempDir Path dir) throws Exception {
        java.awt.image.BufferedImage seal = new java.awt.image.BufferedImage(240, 240, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = seal.createGraphics();
        g.setColor(new java.awt.Color(220, 0, 0, 200));
        g.setStroke(new java.awt.BasicStroke(10));
        g.drawOval(10, 10, 220, 220);
        g.dispose();
        Path file = dir.resolve("seal.png");
        javax.imageio.ImageIO.write(seal, "png", file.toFile());
        DocumentRenderer sealed = new DocumentRenderer(TestFonts.SHARED, fixtures.keys, SampleDocuments.offices(file),
                SampleDocuments.staff());

        byte[] pdf = sealed.render(new Receipt(SampleDocuments.receiptCase(), fixtures.catalog, Delivery.atWindow()),
                SampleDocuments.issue(1)).pdf();

        assertThat(violations(pdf)).isEmpty();
    }

    @Test
    void theValidatorFindsWhatBreaksPdfA() throws Exception {
        byte[] pdf;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        assertThat(violations(pdf)).isNotEmpty();
    }
}
