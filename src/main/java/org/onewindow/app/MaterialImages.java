package org.onewindow.app;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.EventPayload.AttachmentAdded;
import org.onewindow.print.PdfPreview;

/**
 * Makes a scan or photo of a material fit to keep and send from a village (电子件规范化): the kind is told by the
 * bytes, never the file's name; a photo is turned upright (EXIF), brought down to A4 at 300 dpi at most and
 * written as a JPEG of fixed quality, so a 4 MB phone photo becomes about 1 MB; a PDF scan is kept as it is.
 * Reading goes through javax.imageio with TwelveMonkeys' JPEG reader, which takes the CMYK and badly-profiled
 * JPEGs that scanners and phones write.
 */
final class MaterialImages {

    /** The longest side kept: A4 at 300 dpi, enough to read any certificate. */
    static final int MAX_SIDE = 2480;
    /** JPEG quality of a normalised copy: text stays sharp, a page stays near 1 MB. */
    static final float QUALITY = 0.82f;
    /** A JPEG already this small, upright and within the size is kept byte for byte. */
    private static final int KEEP_JPEG_BELOW = 1_500_000;
    /** The longest side of a thumbnail. */
    static final int THUMBNAIL_SIDE = 240;

    /** A copy ready to keep. */
    record Normalised(byte[] bytes, String mediaType) {
    }

    /** The kind of file these bytes are, from their first bytes: a kept media type, or why not. */
    static String mediaTypeOf(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0d && bytes[5] == 0x0a && bytes[6] == 0x1a && bytes[7] == 0x0a) {
            return "image/png";
        }
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return "application/pdf";
        }
        throw new Problem.InvalidInput("只能添加 JPEG、PNG 图片或 PDF 扫描件：该文件的内容不是其中任何一种（以文件内容判断，不看扩展名）");
    }

    /** The copy as it will be kept: a PDF as it is, an image normalised. */
    static Normalised normalise(byte[] input) {
        if (input.length == 0) {
            throw new Problem.InvalidInput("文件是空的");
        }
        if (input.length > AttachmentAdded.MAX_BYTES) {
            throw new Problem.InvalidInput("文件有 " + megabytes(input.length) + " MB，超过电子件上限 "
                    + megabytes(AttachmentAdded.MAX_BYTES) + " MB：请降低扫描分辨率或分页扫描");
        }
        String type = mediaTypeOf(input);
        if (type.equals("application/pdf")) {
            try (PdfPreview pdf = new PdfPreview(input)) {
                if (pdf.pageCount() == 0) {
                    throw new Problem.InvalidInput("PDF 文件没有页面");
                }
            } catch (RuntimeException e) {
                if (e instanceof Problem problem) {
                    throw problem;
                }
                throw new Problem.InvalidInput("PDF 文件无法打开，可能已损坏：" + e.getMessage());
            }
            return new Normalised(input, type);
        }
        int orientation = type.equals("image/jpeg") ? ExifOrientation.of(input) : 1;
        BufferedImage image = read(input);
        if (type.equals("image/jpeg") && orientation == 1 && input.length < KEEP_JPEG_BELOW
                && Math.max(image.getWidth(), image.getHeight()) <= MAX_SIDE) {
            return new Normalised(input, type);
        }
        BufferedImage upright = ExifOrientation.upright(image, orientation);
        return new Normalised(jpeg(scaled(upright, MAX_SIDE), QUALITY), "image/jpeg");
    }

    /** A small JPEG to show in lists: the image scaled down, or a PDF's first page. */
    static byte[] thumbnail(byte[] copy, String mediaType) {
        BufferedImage image;
        if (mediaType.equals("application/pdf")) {
            try (PdfPreview pdf = new PdfPreview(copy)) {
                BufferedImage page = pdf.page(0, 0.5f);
                image = page;
            }
        } else {
            image = read(copy);
        }
        return jpeg(scaled(image, THUMBNAIL_SIDE), 0.75f);
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new Problem.InvalidInput("图片无法读取，可能已损坏");
            }
            return image;
        } catch (IOException e) {
            throw new Problem.InvalidInput("图片无法读取，可能已损坏：" + e.getMessage());
        }
    }

    /** Down to {@code maxSide} on the longer side (never up), in halving steps so fine print stays legible. */
    static BufferedImage scaled(BufferedImage image, int maxSide) {
        BufferedImage current = rgb(image);
        int longest = Math.max(current.getWidth(), current.getHeight());
        if (longest <= maxSide) {
            return current;
        }
        double factor = (double) maxSide / longest;
        int targetWidth = Math.max(1, (int) Math.round(current.getWidth() * factor));
        int targetHeight = Math.max(1, (int) Math.round(current.getHeight() * factor));
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resized(current, targetWidth, targetHeight);
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** An opaque RGB copy: JPEG has no alpha, and a transparent PNG is a page on white paper. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("图片压缩失败", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / 1024.0 / 1024.0);
    }

    /** The orientation a camera wrote in a JPEG's EXIF (tag 0x0112), and turning an image upright by it. */
    static final class ExifOrientation {

        private ExifOrientation() {
        }

        /** 1 (upright) to 8; 1 when the JPEG says nothing or cannot be read that far. */
        static int of(byte[] jpeg) {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
                int marker = jpeg[at + 1] & 0xff;
                int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
                if (marker == 0xda || length < 2) {
                    return 1;
                }
                if (marker == 0xe1 && at + 10 <= jpeg.length && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x'
                        && jpeg[at + 6] == 'i' && jpeg[at + 7] == 'f') {
                    return inTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
                }
                at += 2 + length;
            }
            return 1;
        }

        private static int inTiff(byte[] b, int tiff, int end) {
            if (tiff + 8 > end) {
                return 1;
            }
            boolean little = b[tiff] == 'I';
            int ifd = tiff + (int) number(b, tiff + 4, 4, little);
            if (ifd + 2 > end || ifd < tiff) {
                return 1;
            }
            int entries = (int) number(b, ifd, 2, little);
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + i * 12;
                if (entry + 12 > end) {
                    return 1;
                }
                if (number(b, entry, 2, little) == 0x0112) {
                    int value = (int) number(b, entry + 8, 2, little);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }

        private static long number(byte[] b, int at, int size, boolean little) {
            long value = 0;
            for (int i = 0; i < size; i++) {
                int octet = b[at + (little ? size - 1 - i : i)] & 0xff;
                value = (value << 8) | octet;
            }
            return value;
        }

        /** The image as the camera's orientation says it was seen. */
        static BufferedImage upright(BufferedImage image, int orientation) {
            if (orientation <= 1 || orientation > 8) {
                return image;
            }
            int w = image.getWidth();
            int h = image.getHeight();
            boolean swaps = orientation >= 5;
            AffineTransform t = new AffineTransform();
            switch (orientation) {
                case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
                case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
                case 4 -> { t.translate(0, h); t.scale(1, -1); }
                case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
                case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
                case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
                case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
                default -> { }
            }
            BufferedImage out = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                g.drawImage(image, t, null);
            } finally {
                g.dispose();
            }
            return out;
        }
    }
}
