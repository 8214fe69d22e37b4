package org.onewindow.print;

import java.io.IOException;
import java.util.List;
import org.onewindow.print.layout.Align;
import org.onewindow.print.layout.PageComposer;
import org.onewindow.print.layout.Paper;
import org.onewindow.print.layout.TextStyle;

/**
 * Drawing on a certificate sheet in the template's terms: millimetres from the top-left corner,
 * every position moved by the printer's calibration offset.
 */
final class Sheet {

    private final PageComposer page;
    private final float heightPt;
    private final PrintOffset offset;

    Sheet(PageComposer page, Paper paper, PrintOffset offset) {
        this.page = page;
        this.heightPt = Paper.mm(paper.heightMm());
        this.offset = offset;
    }

    private float x(float mm) {
        return Paper.mm(mm + offset.rightMm());
    }

    private float y(float mmFromTop) {
        return heightPt - Paper.mm(mmFromTop + offset.downMm());
    }

    /** One line of text whose box top is at {@code yMm}. */
    void text(String text, float xMm, float yMm, float widthMm, TextStyle style, Align align) throws IOException {
        float width = page.textWidth(text, style);
        float boxWidth = Paper.mm(widthMm);
        float left = switch (align) {
            case LEFT -> x(xMm);
            case CENTER -> x(xMm) + (boxWidth - width) / 2;
            case RIGHT -> x(xMm) + boxWidth - width;
        };
        page.text(text, left, y(yMm) - style.size() * 0.88f, style);
    }

    /** A value at the largest size (from the field's size down to its smallest) that fits its lines. */
    void field(CertificateTemplate.Field field, String value) throws IOException {
        float width = Paper.mm(field.widthMm());
        float size = field.size();
        List<String> lines = wrapped(value, size, field.bold(), width);
        while (lines.size() > Math.max(1, field.lines()) && size - 0.5f >= field.minSize()) {
            size -= 0.5f;
            lines = wrapped(value, size, field.bold(), width);
        }
        TextStyle style = new TextStyle(size, field.bold(), size * 1.3f);
        float top = field.yMm();
        for (String line : lines) {
            text(line, field.xMm(), top, field.widthMm(), style, field.align());
            top += style.leading() * 25.4f / 72f;
        }
    }

    private List<String> wrapped(String value, float size, boolean bold, float width) {
        TextStyle style = TextStyle.of(size, bold);
        return page.breaker(style).lines(page.printable(style, value), width);
    }

    void frame(CertificateTemplate.Frame frame) throws IOException {
        page.box(x(frame.xMm()), y(frame.yMm() + frame.heightMm()), Paper.mm(frame.widthMm()), Paper.mm(frame.heightMm()),
                frame.lineWidth());
    }

    void qr(CertificateTemplate.Square area, String code) throws IOException {
        var matrix = Barcodes.qr(code);
        float module = Paper.mm(area.sizeMm()) / matrix.getWidth();
        page.matrix(matrix, x(area.xMm()), y(area.yMm()), module, module);
        TextStyle caption = TextStyle.of(8, false);
        text("扫码验真", area.xMm(), area.yMm() + area.sizeMm() + 0.5f, area.sizeMm(), caption, Align.CENTER);
    }

    /** The electronic seal when configured; on plain paper an empty box for the hand stamp otherwise. */
    void seal(CertificateTemplate.Square area, OfficeProfile office, boolean plainPaper) throws IOException {
        float side = Paper.mm(area.sizeMm());
        if (office.sealImage() != null) {
            page.image(office.sealImage(), x(area.xMm()), y(area.yMm()) - side, side, side);
        } else if (plainPaper) {
            page.dashedBox(x(area.xMm()), y(area.yMm()) - side, side, side);
        }
    }

    /**
     * 样张 across the middle of the sheet in large outlined letters, drawn without transparency (PDF/A): a sample can
     * never pass for an issued certificate, and the values stay readable through the outline.
     */
    void specimen() throws IOException {
        TextStyle style = TextStyle.of(110, true);
        String mark = "样张";
        float width = page.textWidth(mark, style);
        var stream = page.stream();
        stream.saveGraphicsState();
        stream.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.STROKE);
        stream.setStrokingColor(new java.awt.Color(0.85f, 0.1f, 0.1f));
        stream.setLineWidth(1.2f);
        float centreX = Paper.mm(page.paper().widthMm()) / 2;
        float centreY = heightPt / 2;
        stream.beginText();
        stream.setFont(page.font(true), style.size());
        stream.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(20),
                centreX - width / 2 * (float) Math.cos(Math.toRadians(20)), centreY - width / 2 * (float) Math.sin(Math.toRadians(20))));
        stream.showText(page.printable(style, mark));
        stream.endText();
        stream.restoreGraphicsState();
    }

    /** A calibration cross centred on the point, 10 mm each way. */
    void cross(float xMm, float yMm) throws IOException {
        page.stroke(x(xMm - 10), y(yMm), x(xMm + 10), y(yMm), 0.3f);
        page.stroke(x(xMm), y(yMm - 10), x(xMm), y(yMm + 10), 0.3f);
    }

    /** A millimetre ruler along the top from the top-left cross, to check the scale too. */
    void ruler(float xMm, float yMm, float lengthMm) throws IOException {
        for (int mm = 0; mm <= lengthMm; mm++) {
            float tick = mm % 10 == 0 ? 4 : mm % 5 == 0 ? 2.5f : 1.5f;
            page.stroke(x(xMm + mm), y(yMm + 12), x(xMm + mm), y(yMm + 12 + tick), 0.2f);
            if (mm % 10 == 0 && mm > 0) {
                text(Integer.toString(mm), xMm + mm - 5, yMm + 17, 10, TextStyle.of(6, false), Align.CENTER);
            }
        }
    }
}
