package org.onewindow.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The on-screen preview: pages of the very PDF that will be printed, rendered to images (the UI
 * turns them into JavaFX images). Keep one open while the preview shows, so zooming re-renders
 * without parsing the file again; close it when the preview closes.
 */
public final class PdfPreview implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPreview(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开文书预览：" + e.getMessage(), e);
        }
        renderer = new PDFRenderer(document);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code scale} (1 = 72 dpi, 2 = 144 dpi …), on white. */
    public synchronized BufferedImage page(int index, float scale) {
        if (index < 0 || index >= pageCount()) {
            throw new IllegalArgumentException("没有第 " + (index + 1) + " 页（共 " + pageCount() + " 页）");
        }
        try {
            return renderer.renderImage(index, scale, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("无法显示第 " + (index + 1) + " 页：" + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
