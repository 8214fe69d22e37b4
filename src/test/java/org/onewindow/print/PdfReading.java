package org.onewindow.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads produced PDFs back the way a reader would: text, glyph boxes, and barcodes from the rendered page. */
public final class PdfReading {

    /** One glyph on a page, in points from the top-left corner. */
    record Glyph(int page, String text, float x, float baseline, float width, float size, float pageWidth, float pageHeight) {

        float top() {
            return baseline - size * 0.86f;
        }

        float bottom() {
            return baseline + size * 0.1f;
        }

        boolean overlaps(Glyph other) {
            float inset = 0.3f;
            return page == other.page
                    && x + inset < other.x + other.width - inset && other.x + inset < x + width - inset
                    && top() + inset < other.bottom() - inset && other.top() + inset < bottom() - inset;
        }
    }

    private PdfReading() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /**
     * The text in the order it was written (a table cell's lines stay together), with all white
     * space removed, so a phrase matches wherever a line broke it.
     */
    static String flatText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]", "");
        }
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(),
                            text.getWidthDirAdj(), text.getFontSizeInPt(), text.getPageWidth(), text.getPageHeight()));
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    static BufferedImage render(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
        }
    }

    static String decode(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        Result result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
