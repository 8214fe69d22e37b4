package org.onewindow.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.onewindow.codec.Json;
import org.onewindow.print.layout.Align;
import org.onewindow.print.layout.Paper;

/**
 * How one item's certificate or licence (证照) is laid out, as data under
 * {@code resources/print/templates/<item code>.json}. Positions and sizes are millimetres from the
 * sheet's top-left corner, as measured on the pre-printed stock; font sizes are points.
 *
 * @param background what the pre-printed stock already carries (frame, title, labels): printed only on plain paper
 * @param fields     the values filled in for each certificate: printed in both modes, shifted by the calibration on stock
 * @param qr         where the signed QR code goes
 * @param seal       where the office's seal goes
 */
public record CertificateTemplate(String itemCode, String title, Paper paper, List<Text> background,
                                  List<Frame> frames, List<Field> fields, Square qr, Square seal) {

    /** Fixed text printed on plain paper only. */
    public record Text(String text, float xMm, float yMm, float widthMm, float size, boolean bold, Align align) {
    }

    /** A rectangle of the frame, printed on plain paper only. */
    public record Frame(float xMm, float yMm, float widthMm, float heightMm, float lineWidth) {
    }

    /**
     * A value of the certificate, set at {@code size} and shrunk (down to {@code minSize}) only as
     * far as needed to fit its width in at most {@code lines} lines.
     */
    public record Field(String name, float xMm, float yMm, float widthMm, float size, float minSize, int lines,
                        boolean bold, Align align) {
    }

    /** A square area: its top-left corner and side. */
    public record Square(float xMm, float yMm, float sizeMm) {
    }

    public CertificateTemplate {
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(paper, "paper");
        background = List.copyOf(background);
        frames = List.copyOf(frames);
        fields = List.copyOf(fields);
        Objects.requireNonNull(qr, "qr");
        Objects.requireNonNull(seal, "seal");
    }

    /** The bundled template of an item; a clear message when the item has none. */
    public static CertificateTemplate bundled(String itemCode) {
        String resource = "/print/templates/" + itemCode + ".json";
        try (InputStream in = CertificateTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("事项 " + itemCode + " 没有证照模板（" + resource + "）");
            }
            return Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), CertificateTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取证照模板 " + resource, e);
        }
    }
}
