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
 * The bundled Noto Sans SC TrueType font (glyf outlines, so PDFBox can subset it), parsed once per
 * process and embedded per document as a subset. Parsing takes most of a cold render; embedding the
 * already parsed font costs a few milliseconds.
 *
 * <p>A parsed {@link TrueTypeFont} reads glyphs lazily from one shared buffer and is not safe for
 * concurrent use, so documents are composed and saved under {@link #lock()}.
 */
public final class Fonts {

    private static final String REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final String BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    private static volatile Fonts bundled;

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final FontMetrics regularMetrics;
    private final FontMetrics boldMetrics;
    private final ReentrantLock lock = new ReentrantLock();

    private Fonts(TrueTypeFont regular, TrueTypeFont bold) throws IOException {
        this.regular = regular;
        this.bold = bold;
        this.regularMetrics = metricsOf(regular);
        this.boldMetrics = metricsOf(bold);
    }

    /** The bundled font, parsed on first use. */
    public static Fonts bundled() {
        Fonts fonts = bundled;
        if (fonts == null) {
            synchronized (Fonts.class) {
                fonts = bundled;
                if (fonts == null) {
                    // The two weights are parsed side by side: most of a cold receipt's time is this.
                    CompletableFuture<TrueTypeFont> bold = CompletableFuture.supplyAsync(() -> parseUnchecked(BOLD));
                    try {
                        fonts = new Fonts(parseUnchecked(REGULAR), bold.join());
                    } catch (IOException e) {
                        throw new UncheckedIOException("无法读取内置字体 Noto Sans SC", e);
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof RuntimeException cause ? cause : e;
                    }
                    bundled = fonts;
                }
            }
        }
        return fonts;
    }

    private static TrueTypeFont parseUnchecked(String resource) {
        try {
            return parse(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置字体 Noto Sans SC：" + e.getMessage(), e);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
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
