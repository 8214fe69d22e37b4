package org.onewindow.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.onewindow.print.layout.Align;
import org.onewindow.print.layout.PageComposer;
import org.onewindow.print.layout.Paper;
import org.onewindow.print.layout.TextStyle;

/**
 * The papers after acceptance (decision record 0033): the 领取签收单 the collector signs, kept with the case, and
 * the mailing label (邮寄面单) on A5 or a 100 × 150 mm courier label.
 */
public final class AfterAcceptancePapers {

    private final PdfFonts fonts;
    private final OfficeProfile office;

    public AfterAcceptancePapers(PdfFonts fonts, OfficeProfile office) {
        this.fonts = fonts;
        this.office = office;
    }

    /** What the 领取签收单 says: the result, who collected it in which capacity, and the 签收 line. */
    public record CollectionSlip(String caseNumber, String applicant, String itemNames, String result,
                                 String collector, String capacity, String idMasked, String authorisation,
                                 LocalDate collectedOn, String clerk) {
    }

    /** A mailing label: who sends, who receives, the courier and waybill, and who pays the postage. */
    public record MailLabel(String caseNumber, String contents, String recipient, String phone, String address,
                            String courier, String waybillNumber, boolean postagePaidByHall) {
    }

    /** The label sizes a window prints on. */
    public enum LabelSize {
        A5(Paper.A5), LABEL_100X150(Paper.LABEL_100X150);

        private final Paper paper;

        LabelSize(Paper paper) {
            this.paper = paper;
        }
    }

    public PrintedDocument collectionReceipt(CollectionSlip slip, Issue issue) {
        Paper paper = Paper.A5;
        byte[] pdf = compose(paper, DocumentKind.COLLECTION_RECEIPT, issue, page -> {
            Sheet sheet = new Sheet(page, paper, PrintOffset.NONE);
            float w = paper.widthMm() - 26;
            sheet.text(office.name(), 13, 14, w, TextStyle.of(12, true), Align.CENTER);
            sheet.text("办理结果领取签收单", 13, 22, w, TextStyle.of(16, true), Align.CENTER);
            sheet.text("编号：" + issue.documentNumber(), 13, 32, w, TextStyle.of(8, false), Align.RIGHT);
            float y = 40;
            TextStyle body = TextStyle.of(10, false);
            for (String line : List.of(
                    "受理编号：" + slip.caseNumber(),
                    "申请人：" + slip.applicant(),
                    "办理事项：" + slip.itemNames(),
                    "办理结果：" + slip.result(),
                    "领取人：" + slip.collector() + "（" + slip.capacity() + "）",
                    "证件号码：" + slip.idMasked(),
                    slip.authorisation().isEmpty() ? "" : "委托书：" + slip.authorisation(),
                    "领取日期：" + DocumentWriter.date(slip.collectedOn()),
                    "经办人：" + slip.clerk())) {
                if (!line.isEmpty()) {
                    sheet.text(line, 16, y, w - 6, body, Align.LEFT);
                    y += 8;
                }
            }
            y += 6;
            sheet.text("本人已核对并领取上述办理结果。", 16, y, w - 6, body, Align.LEFT);
            y += 14;
            sheet.text("领取人签收：____________________　　日期：________________", 16, y, w - 6, body, Align.LEFT);
        });
        return new PrintedDocument(DocumentKind.COLLECTION_RECEIPT, issue.documentNumber(), slip.caseNumber(), pdf, "");
    }

    public PrintedDocument mailLabel(MailLabel label, LabelSize size, Issue issue) {
        Paper paper = size.paper;
        byte[] pdf = compose(paper, DocumentKind.MAIL_LABEL, issue, page -> {
            Sheet sheet = new Sheet(page, paper, PrintOffset.NONE);
            float m = paper.marginMm();
            float w = paper.widthMm() - 2 * m;
            boolean small = paper == Paper.LABEL_100X150;
            TextStyle big = TextStyle.of(small ? 13 : 16, true);
            TextStyle body = TextStyle.of(small ? 9 : 11, false);
            float step = small ? 6 : 8;
            sheet.frame(new CertificateTemplate.Frame(m, m, w, paper.heightMm() - 2 * m, 1f));
            float y = m + 4;
            sheet.text(label.courier() + "　运单号 " + label.waybillNumber(), m + 3, y, w - 6, big, Align.LEFT);
            y += step + 4;
            sheet.text(label.postagePaidByHall() ? "邮费由寄件方（政务服务大厅）支付　证照免费邮" : "邮费到付", m + 3, y, w - 6,
                    body, Align.LEFT);
            y += step + 4;
            sheet.text("收件人：" + label.recipient() + "　" + label.phone(), m + 3, y, w - 6, big, Align.LEFT);
            y += step + 2;
            for (String line : wrap(label.address(), small ? 20 : 24)) {
                sheet.text(line, m + 3, y, w - 6, body, Align.LEFT);
                y += step;
            }
            y += 4;
            sheet.text("寄件人：" + office.name(), m + 3, y, w - 6, body, Align.LEFT);
            y += step;
            if (!office.address().isEmpty()) {
                sheet.text(office.address() + (office.phone().isEmpty() ? "" : "　" + office.phone()), m + 3, y, w - 6,
                        body, Align.LEFT);
                y += step;
            }
            y += 4;
            sheet.text("内件：" + label.contents() + "（受理编号 " + label.caseNumber() + "）", m + 3, y, w - 6, body,
                    Align.LEFT);
            y += step + 6;
            sheet.text("收件人签收：______________", m + 3, y, w - 6, body, Align.LEFT);
        });
        return new PrintedDocument(DocumentKind.MAIL_LABEL, issue.documentNumber(), label.caseNumber(), pdf, "");
    }

    private static List<String> wrap(String text, int perLine) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) {
            lines.add(text.substring(i, Math.min(text.length(), i + perLine)));
        }
        return lines;
    }

    private interface Drawing {
        void draw(PageComposer page) throws IOException;
    }

    private byte[] compose(Paper paper, DocumentKind kind, Issue issue, Drawing drawing) {
        fonts.lock().lock();
        try (PDDocument document = new PDDocument()) {
            DocumentRenderer.describe(document, kind, issue, "");
            PageComposer page = new PageComposer(document, fonts.embedIn(document), paper, "");
            drawing.draw(page);
            page.finish(issue.stamp(), false);
            PdfArchive.markPdfA2b(document, issue);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("生成" + kind.title() + "失败：" + e.getMessage(), e);
        } finally {
            fonts.lock().unlock();
        }
    }
}
