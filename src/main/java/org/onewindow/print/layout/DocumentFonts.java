package org.onewindow.print.layout;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The two weights embedded in one document, with their metrics. */
public record DocumentFonts(PDType0Font regular, PDType0Font bold, FontMetrics regularMetrics,
                            FontMetrics boldMetrics) {

    public PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    public FontMetrics metrics(boolean isBold) {
        return isBold ? boldMetrics : regularMetrics;
    }
}
