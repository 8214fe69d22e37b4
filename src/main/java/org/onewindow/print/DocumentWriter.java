package org.onewindow.print;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onewindow.print.layout.Align;
import org.onewindow.print.layout.PageComposer;
import org.onewindow.print.layout.Paper;
import org.onewindow.print.layout.Table;
import org.onewindow.print.layout.TextStyle;

/**
 * The parts every notice shares, set the same way on every document: the head (版头: the office in red, the number,
 * the red line, the title), headings, body paragraphs (indented two characters), forms, tables, the seal over the
 * office's name and the date, and the applicant's acknowledgement (签收). On a 公文 paper (GB/T 9704-2012) the head
 * is the issuing office's mark in red over the full width and the date stands four characters in from the right.
 */
public final class DocumentWriter {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** The red of a 公文's head: GB/T 9704 asks for red; this is the usual 红头 red. */
    static final Color OFFICIAL_RED = new Color(0xE6, 0x00, 0x12);

    private final PageComposer page;
    private final Signatory signatory;
    private final Issue issue;
    private final DocumentKind kind;
    private final String caseNumber;
    private final String qrText;
    private final StaffNames names;
    private boolean closingStartedAPage;
    private boolean keepLastWithClosing;
    private String pendingParagraph;

    DocumentWriter(PageComposer page, Signatory signatory, Issue issue, DocumentKind kind, String caseNumber,
                   String qrText, StaffNames names) {
        this.names = names;
        this.page = page;
        this.signatory = signatory;
        this.issue = issue;
        this.kind = kind;
        this.caseNumber = caseNumber;
        this.qrText = qrText;
    }

    public static String date(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    /** Who the paper speaks for: its name, seal, wording and contacts. */
    public Signatory signatory() {
        return signatory;
    }

    public Issue issue() {
        return issue;
    }

    /** Where the applicant goes and whom they call, as the signatory's contacts say. */
    public OfficeProfile office() {
        return signatory.contact();
    }

    /** The name to print for a person the events record by user id; never a login id. */
    public String person(String userId) {
        return names.printed(userId);
    }

    private boolean official() {
        return page.paper().official();
    }

    /**
     * The head: the issuing office's mark (red, bold, centred, shrunk to the width), the document number, a red
     * line across the text block, the title; then the case number with its barcode and the QR code at the right.
     */
    void letterhead() throws IOException {
        float headTop = page.cursor();
        float qrSize = Paper.mm(official() ? 27 : 24);
        // on A5 the code stands in the top right corner beside the head, to keep the receipt on one sheet
        float markWidth = official() ? page.width() : page.width() - 2 * (qrSize + Paper.mm(2));
        TextStyle mark = TextStyle.of(official() ? 26f : 15f, true);
        while (page.textWidth(signatory.issuer(), mark) > markWidth && mark.size() > 10f) {
            mark = TextStyle.of(mark.size() - 1f, true);
        }
        TextStyle markStyle = mark;
        page.inColour(OFFICIAL_RED, () -> page.line(signatory.issuer(), markStyle, Align.CENTER));
        page.gap(official() ? 4 : 0);
        page.line(issue.documentNumber(), page.styled(official() ? 16f : 9f), Align.CENTER);
        page.gap(official() ? 3 : 0.5f);
        if (official()) {
            page.inColour(OFFICIAL_RED, () -> page.rule(1.2f));
            page.gap(8);
        } else {
            page.gap(1);
        }
        page.paragraph(kind.title(), TextStyle.of(official() ? 22f : 14f, true), Align.CENTER, 0);
        page.gap(official() ? 4 : 0.5f);
        if (!official()) {
            if (!qrText.isEmpty()) {
                qr(page.right() - qrSize, headTop, qrSize);
            }
            page.moveTo(Math.min(page.cursor(), headTop - qrSize - Paper.mm(3)));
            page.inColour(OFFICIAL_RED, () -> page.rule(0.8f));
            page.gap(1.5f);
            caseNumberAndBarcode(page.cursor());
            return;
        }
        if (caseNumber.isEmpty() && qrText.isEmpty()) {
            return;
        }
        float top = page.cursor();
        float qrBottom = qrText.isEmpty() ? top : qr(page.right() - qrSize, top, qrSize);
        caseNumberAndBarcode(top);
        page.moveTo(Math.min(page.cursor(), qrBottom) - Paper.mm(1.5f));
    }

    /** The QR code with its caption; returns the height below them. */
    private float qr(float x, float top, float size) throws IOException {
        var qr = Barcodes.qr(qrText);
        float module = size / qr.getWidth();
        page.matrix(qr, x, top, module, module);
        TextStyle caption = page.styled(7f);
        float captionWidth = page.textWidth("扫码验真", caption);
        page.text("扫码验真", x + size / 2 - captionWidth / 2, top - size - caption.size() * 0.9f, caption);
        return top - size - caption.size() * 1.2f;
    }

    private void caseNumberAndBarcode(float top) throws IOException {
        if (caseNumber.isEmpty()) {
            return;
        }
        TextStyle strong = page.styled(page.paper().smallSize()).bolder();
        page.text("受理编号：" + caseNumber, page.left(), top - strong.baselineOffset(), strong);
        String issued = "出具日期：" + date(issue.issuedAt().toLocalDate());
        if (!official()) {
            page.text(issued, page.right() - page.textWidth(issued, page.small()), top - strong.baselineOffset(), page.small());
        }
        var barcode = Barcodes.code128(caseNumber);
        float module = Paper.mm(0.25f);
        float barcodeTop = top - strong.leading() - Paper.mm(0.5f);
        float barHeight = Paper.mm(official() ? 8 : 5);
        page.matrix(barcode, page.left() - 10 * module, barcodeTop, module, barHeight);
        page.moveTo(barcodeTop - barHeight - Paper.mm(1));
        if (official()) {
            page.line(issued, page.small(), Align.LEFT);
        }
    }

    public void heading(String text) throws IOException {
        flushPending();
        TextStyle style = page.body().bolder();
        page.ensureSpace(style.leading() * 3);
        page.gap(0.5f);
        page.line(text, style, Align.LEFT);
    }

    /**
     * A body paragraph, first line indented two characters. When the closing must not stand alone, each paragraph
     * waits until the next part is written, so the last one goes over to the seal's page with it.
     */
    public void paragraph(String text) throws IOException {
        flushPending();
        if (keepLastWithClosing) {
            pendingParagraph = text;
        } else {
            page.paragraph(text, page.body(), Align.LEFT, 2);
        }
    }

    void keepLastParagraphWithClosing(boolean keep) {
        this.keepLastWithClosing = keep;
    }

    private void flushPending() throws IOException {
        if (pendingParagraph != null) {
            String text = pendingParagraph;
            pendingParagraph = null;
            page.paragraph(text, page.body(), Align.LEFT, 2);
        }
    }

    /** A paragraph in the smaller size of tables (notes under a table). */
    public void note(String text) throws IOException {
        flushPending();
        page.paragraph(text, page.small(), Align.LEFT, 2);
    }

    /** The addressee line (称谓), flush left. */
    public void salutation(String addressee) throws IOException {
        flushPending();
        page.paragraph(addressee + "：", page.body(), Align.LEFT, 0);
    }

    /** A label/value form; rows whose value is empty are left out, so no empty frame is printed. */
    public void form(List<List<String>> rows) throws IOException {
        flushPending();
        List<List<String>> filled = rows.stream().filter(row -> !row.get(1).isBlank()).toList();
        page.table(Table.form(filled, page.paper() == Paper.A5 ? 0.24f : 0.2f), page.small());
        page.gap(1.5f);
    }

    public void table(Table table) throws IOException {
        flushPending();
        page.table(table, page.small());
        page.gap(1.5f);
    }

    /**
     * The closing block, kept on one page: the office's name (发文机关署名) and the date, the date four characters in
     * from the right (two on A5), the seal pressed centred over both (the electronic seal, or an empty dashed box
     * where the office stamps by hand); then the lines for {@code signatureRoles}.
     */
    public void closing(LocalDate date, List<String> signatureRoles) throws IOException {
        TextStyle style = page.body();
        String last = pendingParagraph;
        pendingParagraph = null;
        float seal = sealSize();
        // on A5 one acknowledgement sits at the left of the seal, level with the date, to keep the receipt on one sheet
        boolean beside = !official() && signatureRoles.size() == 1;
        float signatures = beside ? 0 : signatureRoles.size() * (style.leading() + Paper.mm(3) * page.tightness()) + Paper.mm(2);
        int before = page.pageCount();
        float lastHeight = last == null ? 0 : page.paragraphHeight(last, style, 2);
        page.ensureSpace(lastHeight + seal + Paper.mm(4) + signatures);
        if (last != null) {
            page.paragraph(last, style, Align.LEFT, 2);
        }
        // alone, or after a line or two of the text: a setting a little tighter keeps it with the text it closes
        closingStartedAPage = page.pageCount() > before
                || page.pageCount() > 1 && page.usedOnThisPage() < style.leading() * 3.5f;
        float top = page.cursor();
        float blockLeft = sealAndDate(date);
        beside &= blockLeft > page.left() + page.width() * 0.5f;
        if (beside) {
            float after = page.cursor();
            page.moveTo(top - seal + style.leading() * 1.2f);
            acknowledgementBeside(signatureRoles.get(0));
            page.moveTo(after);
        } else {
            signatures(signatureRoles);
        }
    }

    /** "签收：______ 　年　月　日" in the left half, for the A5 receipt. */
    private void acknowledgementBeside(String role) throws IOException {
        TextStyle style = page.body();
        String label = role + "：";
        float baseline = page.cursor() - style.baselineOffset();
        page.text(label, page.left(), baseline, style);
        float lineStart = page.left() + page.textWidth(label, style);
        float lineEnd = page.left() + page.width() * 0.42f;
        page.underline(lineStart, lineEnd, baseline);
        page.text("　　年　月　日", lineStart, baseline - style.leading() * 1.1f, style);
    }

    /** Whether the closing block had to start a page of its own: the renderer then sets the paper tighter. */
    boolean closingStartedAPage() {
        return closingStartedAPage;
    }

    private float sealSize() {
        return Paper.mm(official() ? 42 : 28);
    }

    /** Draws the seal block; returns the left edge of its text. */
    private float sealAndDate(LocalDate date) throws IOException {
        TextStyle style = page.body();
        float seal = sealSize();
        page.gap(2);
        String dateText = date(date);
        float indent = page.textWidth("一", style) * (official() ? 4 : 2);
        float dateRight = page.right() - indent;
        float width = page.textWidth(dateText, style);
        for (String line : signatory.sealLines()) {
            width = Math.max(width, page.textWidth(line, style));
        }
        float blockLeft = dateRight - width;
        float lines = signatory.sealLines().size() + 1;
        float boxTop = page.cursor();
        // the office's name and the date sit a little below the seal's centre, as GB/T 9704 asks
        float textTop = boxTop - seal / 2 - lines * style.leading() / 2 + style.leading() * 0.5f;
        page.moveTo(textTop);
        for (String line : signatory.sealLines()) {
            centred(line, blockLeft, width, style);
        }
        centred(dateText, blockLeft, width, style);
        float sealLeft = blockLeft + width / 2 - seal / 2;
        if (sealLeft + seal > page.right()) {
            sealLeft = page.right() - seal;
        }
        if (signatory.seal() != null) {
            page.image(signatory.seal(), sealLeft, boxTop - seal, seal, seal);
        } else {
            page.dashedBox(sealLeft, boxTop - seal, seal, seal);
            TextStyle hint = page.styled(8f);
            page.text("（印章）", sealLeft + Paper.mm(1.5f), boxTop - Paper.mm(1.5f) - hint.size(), hint);
        }
        page.moveTo(Math.min(page.cursor(), boxTop - seal) - Paper.mm(2) * page.tightness());
        return Math.min(blockLeft, sealLeft);
    }

    private void centred(String text, float x, float width, TextStyle style) throws IOException {
        page.text(text, x + (width - page.textWidth(text, style)) / 2, page.cursor() - style.baselineOffset(), style);
        page.moveTo(page.cursor() - style.leading());
    }

    /** Signature lines: for each role "角色：______  　　年　月　日". */
    public void signatures(List<String> roles) throws IOException {
        if (roles.isEmpty()) {
            return;
        }
        TextStyle style = page.body();
        for (String role : roles) {
            page.ensureSpace(style.leading() * 1.8f);
            page.gap(3);
            String label = role + "：";
            float baseline = page.cursor() - style.baselineOffset();
            page.text(label, page.left(), baseline, style);
            float lineStart = page.left() + page.textWidth(label, style);
            String dateLabel = "　　　　年　　月　　日";
            float dateX = page.right() - page.textWidth(dateLabel, style);
            page.underline(lineStart, dateX - Paper.mm(4), baseline);
            page.text(dateLabel, dateX, baseline, style);
            page.moveTo(page.cursor() - style.leading());
        }
        page.gap(1);
    }
}
