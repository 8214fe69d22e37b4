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
    /** A5's cells are padded less: the receipt must fit one sheet. */
    private static final float CELL_PAD_Y_A5 = Paper.mm(0.45f);

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Paper paper;
    private final PDRectangle box;
    private final float top;
    private final float bottom;
    private final float left;
    private final float right;
    private final float tightness;
    private final String runningHeader;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float cursor;

    /**
     * @param runningHeader a line printed at the top of every page after the first (office, title, number)
     */
    public PageComposer(PDDocument document, DocumentFonts fonts, Paper paper, String runningHeader) throws IOException {
        this(document, fonts, paper, runningHeader, 1f);
    }

    /**
     * @param tightness the factor line pitches and gaps are set at (1 = as designed); a document whose closing block
     *                  would stand alone on a page is composed again a little tighter
     */
    public PageComposer(PDDocument document, DocumentFonts fonts, Paper paper, String runningHeader, float tightness)
            throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.paper = paper;
        this.box = paper.rectangle();
        this.top = box.getHeight() - Paper.mm(paper.topMm());
        this.bottom = Paper.mm(paper.bottomMm());
        this.left = Paper.mm(paper.leftMm());
        this.right = box.getWidth() - Paper.mm(paper.rightMm());
        this.tightness = tightness;
        this.runningHeader = runningHeader;
        newPage();
    }

    public Paper paper() {
        return paper;
    }

    private float cellPadY() {
        return paper == Paper.A5 ? CELL_PAD_Y_A5 : CELL_PAD_Y;
    }

    public TextStyle body() {
        return styled(paper.bodySize());
    }

    public TextStyle small() {
        return styled(paper.smallSize());
    }

    /** Regular text of {@code size} at this document's line pitch. */
    public TextStyle styled(float size) {
        return new TextStyle(size, false, size * 1.55f * tightness);
    }

    public float tightness() {
        return tightness;
    }

    public float left() {
        return left;
    }

    public float right() {
        return right;
    }

    /** The page's top edge, for marks printed in the margin. */
    public float pageTop() {
        return box.getHeight();
    }

    public float width() {
        return right() - left();
    }

    public float cursor() {
        return cursor;
    }

    /** How far down the current page the text has come, its running header included. */
    public float usedOnThisPage() {
        return top() - cursor;
    }

    /** Space left on the current page above the footer. */
    public float remaining() {
        return cursor - bottom();
    }

    private float bottom() {
        return bottom;
    }

    private float top() {
        return top;
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
            TextStyle style = TextStyle.of(paper.smallSize() - 1.5f, false);
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
        cursor -= Paper.mm(millimetres) * tightness;
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

    /** The height {@link #paragraph(String, TextStyle, Align, int)} would take for {@code text}. */
    public float paragraphHeight(String text, TextStyle style, int indentEms) {
        return breaker(style).lines(printable(style, "\u3000".repeat(indentEms) + text), width()).size() * style.leading();
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

    /** The embedded font of a weight, for drawing the engine does not know. */
    public org.apache.pdfbox.pdmodel.font.PDFont font(boolean bold) {
        return fonts.font(bold);
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

    /** Text and rules drawn by {@code drawing} in {@code colour} (the red of a 公文's 版头), then black again. */
    public void inColour(Color colour, Drawing drawing) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.setStrokingColor(colour);
        try {
            drawing.draw();
        } finally {
            stream.setNonStrokingColor(Color.BLACK);
            stream.setStrokingColor(Color.BLACK);
        }
    }

    /** Drawing that may fail on the PDF stream. */
    @FunctionalInterface
    public interface Drawing {
        void draw() throws IOException;
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
                int fitting = (int) Math.floor((remaining() - 2 * cellPadY()) / style.leading());
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
        float runningHeaderHeight = runningHeader.isEmpty() ? 0 : TextStyle.of(paper.smallSize() - 1.5f, false).leading() + Paper.mm(2);
        return (int) Math.floor((top() - bottom() - headerHeight - runningHeaderHeight - 2 * cellPadY()) / style.leading());
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

    private float rowHeight(List<List<String>> cells, int from, int to, TextStyle style) {
        int lines = cells.stream().mapToInt(c -> Math.max(0, Math.min(c.size(), to) - from)).max().orElse(0);
        return Math.max(1, lines) * style.leading() + 2 * cellPadY();
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
            float lineTop = cursor - cellPadY();
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
        TextStyle stampStyle = TextStyle.of(Math.min(paper.bodySize(), 12f), true);
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream page = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true, true)) {
                stream = page;
                if (numberPages) {
                    pageNumber(i + 1, total);
                }
                if (!stamp.isEmpty()) {
                    page.setNonStrokingColor(Color.RED);
                    float stampTop = Math.min(Paper.mm(paper.topMm()), Paper.mm(12)) / 2f;
                    text(stamp, right() - textWidth(stamp, stampStyle), box.getHeight() - stampTop - stampStyle.size() * 0.4f, stampStyle);
                }
            }
        }
        stream = null;
    }

    /**
     * A 公文 numbers its pages "— N —" in 4号 (14 pt), odd pages at the right and even at the left, one character in
     * from the edge of the text block, 7 mm below it (GB/T 9704-2012 §7.5); other papers "第 N 页 共 M 页" centred.
     */
    private void pageNumber(int number, int total) throws IOException {
        if (paper.official()) {
            TextStyle style = TextStyle.of(14f, false);
            String text = "— " + number + " —";
            float inset = textWidth("一", style);
            float x = number % 2 == 1 ? right() - inset - textWidth(text, style) : left() + inset;
            text(text, x, bottom() - Paper.mm(7) - style.size() * 0.88f, style);
        } else {
            TextStyle footer = TextStyle.of(paper.smallSize() - 1f, false);
            String text = "第 " + number + " 页 共 " + total + " 页";
            text(text, (box.getWidth() - textWidth(text, footer)) / 2f, bottom() / 2f, footer);
        }
    }
}
