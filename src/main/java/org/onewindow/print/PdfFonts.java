package org.onewindow.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.onewindow.print.layout.DocumentFonts;
import org.onewindow.print.layout.FontMetrics;

/**
 * The bundled font ({@link BundledFont}) parsed for PDFBox and embedded per document as a subset. Parsing
 * takes most of a cold render (two 10 MB files), so the composition root parses it once, when the first
 * document is rendered, and hands the one instance on; embedding the parsed font costs a few milliseconds.
 *
 * <p>A parsed {@link TrueTypeFont} reads glyphs lazily from one shared buffer and is not safe for
 * concurrent use, so documents are composed and saved under {@link #lock()}.
 */
public final class PdfFonts {

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final FontMetrics regularMetrics;
    private final FontMetrics boldMetrics;
    private final ReentrantLock lock = new ReentrantLock();

    private PdfFonts(TrueTypeFont regular, TrueTypeFont bold) throws IOException {
        this.regular = regular;
        this.bold = bold;
        this.regularMetrics = metricsOf(regular);
        this.boldMetrics = metricsOf(bold);
    }

    /** Parses both weights of the bundled font, side by side: most of a cold receipt's time is this. */
    public static PdfFonts load() {
        CompletableFuture<TrueTypeFont> bold = CompletableFuture.supplyAsync(() -> parseUnchecked(BundledFont.BOLD));
        try {
            return new PdfFonts(parseUnchecked(BundledFont.REGULAR), bold.join());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置字体 Noto Sans SC", e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static TrueTypeFont parseUnchecked(BundledFont font) {
        try {
            return parse(font.resource());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置字体 Noto Sans SC：" + e.getMessage(), e);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("字体资源缺失：" + resource + "（请先构建，字体由构建解包）");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    private static FontMetrics metricsOf(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        int unitsPerEm = font.getUnitsPerEm();
        return new FontMetrics(codePoint -> cmap.getGlyphId(codePoint), glyph -> {
            try {
                return font.getAdvanceWidth(glyph) * 1000f / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Held while a document using these fonts is composed and saved. */
    public ReentrantLock lock() {
        return lock;
    }

    /** Embeds both weights into {@code document} as subsets; call under {@link #lock()}. */
    public DocumentFonts embedIn(PDDocument document) throws IOException {
        return new DocumentFonts(PDType0Font.load(document, regular, true), PDType0Font.load(document, bold, true),
                regularMetrics, boldMetrics);
    }
}
