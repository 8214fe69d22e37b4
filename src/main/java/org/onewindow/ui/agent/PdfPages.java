package org.onewindow.ui.agent;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** Pages of a rendered document as PNG bytes, which the view turns into images: the preview is the very PDF. */
public final class PdfPages {

    private PdfPages() {
    }

    public static List<byte[]> png(List<BufferedImage> pages) {
        return pages.stream().map(page -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(page, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }).toList();
    }
}
