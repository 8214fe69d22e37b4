package org.onewindow.print.layout;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The layout engine: flows paragraphs and tables down the pages of one document, breaking pages
 * where needed (table headers repeat), and at the end numbers the pages "第 N 页 共 M 页".
 * Coordinates are PDF points from the bottom-left corner; {@link #cursor()} is the top of the
 * free space on the current page.
 */
public final class PageComposer {

    private static final float RULE_WIDTH = 0.6f;
    private static final Color SHADE = new Color(0.92f, 0.92f, 0.92f);
    private static final float CELL_PAD_X = Paper.mm(1.6f);
    private static final float CELL_PAD_Y = Paper.mm(0.9f);

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Paper paper;
    private final PDRectangle box;
    private final float margin;
    private final String runningHeader;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float cursor;

    /**
     * @param runningHeader a line printed at the top of every page after the first (office, title, number)
     */
    public PageComposer(PDDocument document, DocumentFonts fonts, Paper paper, String runningHeader) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.paper = paper;
        this.box = paper.rectangle();
        this.margin = Paper.mm(paper.marginMm());
        this.runningHeader = runningHeader;
        newPage();
    }

    public Paper paper() {
        return paper;
    }

    public TextStyle body() {
        return TextStyle.of(paper.bodySize(), false);
    }

    public TextStyle small() {
        return TextStyle.of(paper.bodySize() - 1.5f, false);
    }

    public float left() {
        return margin;
    }

    public float right() {
        return box.getWidth() - margin;
    }

    public float width() {
        return right() - left();
    }

    public float cursor() {
        return cursor;
    }

    /** Space left on the current page above the footer. */
    public float remaining() {
        return cursor - bottom();
    }

    private float bottom() {
        return margin;
    }

    private float top() {
        return box.getHeight() - margin;
    }

    public int pageCount() {
        return pages.size();
    }

    /** The content stream of the current page, for drawing that the engine does not know. */
    public PDPageContentStream stream() {
        return stream;
    }

    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(box);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        cursor = top();
        if (pages.size() > 1 && !runningHeader.isEmpty()) {
            TextStyle style = TextStyle.of(paper.bodySize() - 3f, false);
            line(runningHeader, style, Align.LEFT);
            rule(0.4f);
            gap(2);
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    public void ensureSpace(float height) throws IOException {
        if (height > remaining()) {
            newPage();
        }
    }

    public void gap(float millimetres) {
        cursor -= Paper.mm(millimetres);
    }

    /** Moves the cursor to an absolute height (after drawing something beside the flow). */
    public void moveTo(float newCursor) {
        cursor = newCursor;
    }

    public void paragraph(String text, TextStyle style) throws IOException {
        paragraph(text, style, Align.LEFT, 0);
    }

    /**
     * Flows text over as many lines (and pages) as it needs.
     *
     * @param indentEms first-line indent in ems (2 for ordinary Chinese body text)
     */
    public void paragraph(String text, TextStyle style, Align align, int indentEms) throws IOException {
        String indent = "\u3000".repeat(indentEms);
        List<String> lines = breaker(style).lines(printable(style, indent + text), width());
        for (String line : lines) {
            ensureSpace(style.leading());
            line(line, style, align);
        }
    }

    /** One line that the caller knows fits; the cursor moves down by the line's pitch. */
    public void line(String text, TextStyle style, Align align) throws IOException {
        String printable = printable(style, text);
        float x = aligned(printable, style, align, left(), width());
        text(printable, x, cursor - style.baselineOffset(), style);
        cursor -= style.leading();
    }

    /** Text at an absolute baseline, no wrapping. */
    public void text(String text, float x, float baseline, TextStyle style) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(fonts.font(style.bold()), style.size());
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable(style, text));
        stream.endText();
    }

    public float textWidth(String text, TextStyle style) {
        return fonts.metrics(style.bold()).width(printable(style, text), style.size());
    }

    public String printable(TextStyle style, String text) {
        return fonts.metrics(style.bold()).printable(text);
    }

    public LineBreaker breaker(TextStyle style) {
        return new LineBreaker(fonts.metrics(style.bold()), style.size());
    }

    private float aligned(String text, TextStyle style, Align align, float x, float boxWidth) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x + (boxWidth - textWidth(text, style)) / 2f;
            case RIGHT -> x + boxWidth - textWidth(text, style);
        };
    }

    /** A horizontal rule across the text block. */
    public void rule(float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(left(), cursor);
        stream.lineTo(right(), cursor);
        stream.stroke();
    }

    public void table(Table table, TextStyle style) throws IOException {
        float[] widths = new float[table.columns().size()];
        float total = (float) table.columns().stream().mapToDouble(Table.Column::weight).sum();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * table.columns().get(i).weight() / total;
        }
        List<List<List<String>>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                TextStyle cellStyle = cellStyle(table, r, c, style);
                cells.add(breaker(cellStyle).lines(printable(cellStyle, table.rows().get(r).get(c)), widths[c] - 2 * CELL_PAD_X));
            }
            rows.add(cells);
        }
        int first = 0;
        if (table.header()) {
            ensureSpace(rowHeight(rows.get(0), 0, Integer.MAX_VALUE, style) + rowHeight(rows.get(1 % rows.size()), 0, 2, style));
            drawRow(table, rows, 0, 0, Integer.MAX_VALUE, widths, style);
            first = 1;
        }
        for (int r = first; r < rows.size(); r++) {
            int lineCount = rows.get(r).stream().mapToInt(List::size).max().orElse(1);
            int from = 0;
            boolean freshPage = false;
            while (from < lineCount) {
                int fitting = (int) Math.floor((remaining() - 2 * CELL_PAD_Y) / style.leading());
                boolean wholeRestFits = fitting >= lineCount - from;
                boolean wouldFitOnFreshPage = lineCount - from <= linesPerFreshPage(table, rows, style);
                if (!wholeRestFits && !freshPage && (wouldFitOnFreshPage || fitting < 2)) {
                    continueOnNewPage(table, rows, widths, style);
                    freshPage = true;
                    continue;
                }
                int to = Math.min(lineCount, from + Math.max(1, fitting));
                freshPage = false;
                drawRow(table, rows, r, from, to, widths, style);
                from = to;
            }
        }
    }

    private int linesPerFreshPage(Table table, List<List<List<String>>> rows, TextStyle style) {
        float headerHeight = table.header() ? rowHeight(rows.get(0), 0, Integer.MAX_VALUE, style) : 0;
        float runningHeaderHeight = runningHeader.isEmpty() ? 0 : TextStyle.of(paper.bodySize() - 3f, false).leading() + Paper.mm(2);
        return (int) Math.floor((top() - bottom() - headerHeight - runningHeaderHeight - 2 * CELL_PAD_Y) / style.leading());
    }

    private void continueOnNewPage(Table table, List<List<List<String>>> rows, float[] widths, TextStyle style) throws IOException {
        newPage();
        if (table.header()) {
            drawRow(table, rows, 0, 0, Integer.MAX_VALUE, widths, style);
        }
    }

    private static TextStyle cellStyle(Table table, int row, int column, TextStyle style) {
        boolean emphasised = (table.header() && row == 0) || table.columns().get(column).label();
        return emphasised ? style.bolder() : style;
    }

    private static float rowHeight(List<List<String>> cells, int from, int to, TextStyle style) {
        int lines = cells.stream().mapToInt(c -> Math.max(0, Math.min(c.size(), to) - from)).max().orElse(0);
        return Math.max(1, lines) * style.leading() + 2 * CELL_PAD_Y;
    }

    private void drawRow(Table table, List<List<List<String>>> rows, int row, int from, int to,
                         float[] widths, TextStyle style) throws IOException {
        List<List<String>> cells = rows.get(row);
        float height = rowHeight(cells, from, to, style);
        float x = left();
        for (int c = 0; c < widths.length; c++) {
            Table.Column column = table.columns().get(c);
            boolean shaded = (table.header() && row == 0) || column.label();
            if (shaded) {
                stream.setNonStrokingColor(SHADE);
                stream.addRect(x, cursor - height, widths[c], height);
                stream.fill();
                stream.setNonStrokingColor(Color.BLACK);
            }
            stream.setLineWidth(RULE_WIDTH);
            stream.addRect(x, cursor - height, widths[c], height);
            stream.stroke();
            TextStyle cellStyle = cellStyle(table, row, c, style);
            List<String> lines = cells.get(c);
            Align align = table.header() && row == 0 ? Align.CENTER : column.align();
            float lineTop = cursor - CELL_PAD_Y;
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                float lineX = aligned(lines.get(i), cellStyle, align, x + CELL_PAD_X, widths[c] - 2 * CELL_PAD_X);
                text(lines.get(i), lineX, lineTop - cellStyle.baselineOffset(), cellStyle);
                lineTop -= cellStyle.leading();
            }
            x += widths[c];
        }
        cursor -= height;
    }

    /** Draws a barcode or QR matrix with its top-left corner at (x, top), one square per module. */
    public void matrix(BitMatrix matrix, float x, float top, float moduleWidth, float moduleHeight) throws IOException {
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int run = col;
                while (run < matrix.getWidth() && matrix.get(run, row)) {
                    run++;
                }
                stream.addRect(x + col * moduleWidth, top - (row + 1) * moduleHeight, (run - col) * moduleWidth, moduleHeight);
                col = run;
            }
        }
        stream.fill();
    }

    /** Draws an image file (PNG, JPEG) into the box, e.g. the electronic seal. */
    public void image(Path file, float x, float y, float w, float h) throws IOException {
        stream.drawImage(PDImageXObject.createFromFileByContent(file.toFile(), document), x, y, w, h);
    }

    /** A rectangle outline (a certificate's frame); x, y are its bottom-left corner. */
    public void box(float x, float y, float w, float h, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, w, h);
        stream.stroke();
    }

    /** A straight line (calibration marks, rulers). */
    public void stroke(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    /** A rectangle with a dashed border: where a seal or signature goes. */
    public void dashedBox(float x, float y, float w, float h) throws IOException {
        stream.setLineWidth(0.5f);
        stream.setLineDashPattern(new float[] {3, 2}, 0);
        stream.addRect(x, y, w, h);
        stream.stroke();
        stream.setLineDashPattern(new float[0], 0);
    }

    /** A writing line from x1 to x2 at a baseline, for signatures. */
    public void underline(float x1, float x2, float baseline) throws IOException {
        stream.setLineWidth(0.5f);
        stream.moveTo(x1, baseline - 2);
        stream.lineTo(x2, baseline - 2);
        stream.stroke();
    }

    /**
     * Closes the last page and writes the page numbers on every page; {@code stamp}, if not empty,
     * is printed in red at the top right of every page (the 补打 mark of a reprint).
     */
    public void finish(String stamp) throws IOException {
        finish(stamp, true);
    }

    /** As {@link #finish(String)}; a certificate is one sheet and carries no page number. */
    public void finish(String stamp, boolean numberPages) throws IOException {
        stream.close();
        TextStyle footer = TextStyle.of(paper.bodySize() - 2.5f, false);
        TextStyle stampStyle = TextStyle.of(paper.bodySize(), true);
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream page = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true, true)) {
                stream = page;
                if (numberPages) {
                    String number = "第 " + (i + 1) + " 页 共 " + total + " 页";
                    text(number, (box.getWidth() - textWidth(number, footer)) / 2f, margin / 2f, footer);
                }
                if (!stamp.isEmpty()) {
                    page.setNonStrokingColor(Color.RED);
                    text(stamp, right() - textWidth(stamp, stampStyle), box.getHeight() - margin / 2f - stampStyle.size() * 0.4f, stampStyle);
                }
            }
        }
        stream = null;
    }
}
