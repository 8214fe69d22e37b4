package org.onewindow.print;

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
 * The parts every notice shares, set the same way on every document: letterhead, headings, body
 * paragraphs (indented two characters, as Chinese official letters are), forms, tables, the seal
 * and the signature lines.
 */
public final class DocumentWriter {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final float SEAL_MM = 40;

    private final PageComposer page;
    private final OfficeProfile office;
    private final Issue issue;
    private final DocumentKind kind;
    private final String caseNumber;
    private final String authenticityCode;

    DocumentWriter(PageComposer page, OfficeProfile office, Issue issue, DocumentKind kind, String caseNumber,
                   String authenticityCode) {
        this.page = page;
        this.office = office;
        this.issue = issue;
        this.kind = kind;
        this.caseNumber = caseNumber;
        this.authenticityCode = authenticityCode;
    }

    public static String date(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    public OfficeProfile office() {
        return office;
    }

    public Issue issue() {
        return issue;
    }

    /** Office, title and number centred; then the case number with its barcode, and the QR code at the right. */
    void letterhead() throws IOException {
        float body = page.paper().bodySize();
        page.paragraph(office.name(), TextStyle.of(body + 3, true), Align.CENTER, 0);
        page.paragraph(kind.title(), TextStyle.of(body + 8, true), Align.CENTER, 0);
        page.line(issue.documentNumber(), page.body(), Align.CENTER);
        page.gap(1);
        page.rule(1.2f);
        page.gap(2.5f);
        if (caseNumber.isEmpty() && authenticityCode.isEmpty()) {
            return;
        }
        float top = page.cursor();
        float qrSize = Paper.mm(page.paper() == Paper.A5 ? 28 : 30);
        float qrBottom = top;
        if (!authenticityCode.isEmpty()) {
            var qr = Barcodes.qr(authenticityCode);
            float module = qrSize / qr.getWidth();
            page.matrix(qr, page.right() - qrSize, top, module, module);
            TextStyle caption = page.small().sized(body - 3);
            float captionWidth = page.textWidth("扫码验真", caption);
            page.text("扫码验真", page.right() - qrSize / 2 - captionWidth / 2, top - qrSize - caption.size(), caption);
            qrBottom = top - qrSize - caption.leading();
        }
        if (!caseNumber.isEmpty()) {
            TextStyle strong = page.body().bolder();
            page.text("受理编号：" + caseNumber, page.left(), top - strong.baselineOffset(), strong);
            var barcode = Barcodes.code128(caseNumber);
            float module = Paper.mm(0.25f);
            float barcodeTop = top - strong.leading() - Paper.mm(1);
            page.matrix(barcode, page.left() - 10 * module, barcodeTop, module, Paper.mm(9));
            page.moveTo(barcodeTop - Paper.mm(10));
            page.line("出具日期：" + date(issue.issuedAt().toLocalDate()), page.body(), Align.LEFT);
        }
        page.moveTo(Math.min(page.cursor(), qrBottom) - Paper.mm(2));
    }

    public void heading(String text) throws IOException {
        TextStyle style = page.body().bolder();
        page.ensureSpace(style.leading() * 3);
        page.gap(1);
        page.line(text, style, Align.LEFT);
    }

    /** A body paragraph, first line indented two characters. */
    public void paragraph(String text) throws IOException {
        page.paragraph(text, page.body(), Align.LEFT, 2);
    }

    /** The addressee line (称谓), flush left. */
    public void salutation(String addressee) throws IOException {
        page.paragraph(addressee + "：", page.body(), Align.LEFT, 0);
    }

    /** A label/value form. */
    public void form(List<List<String>> rows) throws IOException {
        page.table(Table.form(rows, page.paper() == Paper.A5 ? 0.27f : 0.22f), page.small());
        page.gap(2);
    }

    public void table(Table table) throws IOException {
        page.table(table, page.small());
        page.gap(2);
    }

    /**
     * The closing block, kept on one page: the office's name and the date at the right with the
     * seal over them (the configured electronic seal, or an empty dashed box where the office
     * stamps by hand), then the signature lines for {@code signatureRoles}.
     */
    public void closing(LocalDate date, List<String> signatureRoles) throws IOException {
        float signatures = signatureRoles.size() * (page.body().leading() + Paper.mm(4)) + Paper.mm(2);
        page.ensureSpace(Paper.mm(SEAL_MM) + Paper.mm(6) + signatures);
        sealAndDate(date);
        signatures(signatureRoles);
    }

    private void sealAndDate(LocalDate date) throws IOException {
        TextStyle style = page.body();
        float seal = Paper.mm(SEAL_MM);
        page.gap(3);
        String dateText = date(date);
        float textWidth = Math.max(page.textWidth(office.name(), style), page.textWidth(dateText, style));
        float block = Math.max(seal, textWidth + Paper.mm(4));
        float blockLeft = page.right() - block;
        float boxTop = page.cursor();
        page.moveTo(boxTop - seal / 2 + style.leading() / 2);
        centred(office.name(), blockLeft, block, style);
        centred(dateText, blockLeft, block, style);
        if (office.sealImage() != null) {
            page.image(office.sealImage(), blockLeft + (block - seal) / 2, boxTop - seal, seal, seal);
        } else {
            float boxLeft = blockLeft;
            page.dashedBox(boxLeft, boxTop - seal, block, seal);
            TextStyle hint = page.small().sized(style.size() - 3);
            page.text("（盖章）", boxLeft + Paper.mm(2), boxTop - Paper.mm(2) - hint.size(), hint);
        }
        page.moveTo(boxTop - seal - Paper.mm(3));
    }

    private void centred(String text, float x, float width, TextStyle style) throws IOException {
        page.text(text, x + (width - page.textWidth(text, style)) / 2, page.cursor() - style.baselineOffset(), style);
        page.moveTo(page.cursor() - style.leading());
    }

    /** Signature lines: for each role "角色（签字）：______  日期：____年__月__日". */
    public void signatures(List<String> roles) throws IOException {
        if (roles.isEmpty()) {
            return;
        }
        TextStyle style = page.body();
        for (String role : roles) {
            page.ensureSpace(style.leading() * 2.2f);
            page.gap(4);
            String label = role + "：";
            float baseline = page.cursor() - style.baselineOffset();
            page.text(label, page.left(), baseline, style);
            float lineStart = page.left() + page.textWidth(label, style);
            String dateLabel = "日期：　　　　年　　月　　日";
            float dateX = page.right() - page.textWidth(dateLabel, style);
            page.underline(lineStart, dateX - Paper.mm(6), baseline);
            page.text(dateLabel, dateX, baseline, style);
            page.moveTo(page.cursor() - style.leading());
        }
        page.gap(2);
    }
}
