package org.onewindow.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.onewindow.print.layout.Align;
import org.onewindow.print.layout.PageComposer;
import org.onewindow.print.layout.Paper;
import org.onewindow.print.layout.TextStyle;

/**
 * Renders certificates and licences (证照) from their templates: the whole sheet on plain paper, or
 * only the values onto pre-printed stock (套打), shifted by the printer's calibration. Each carries
 * the signed QR code, is marked PDF/A-2B and is signed with the device certificate.
 */
public final class CertificateRenderer {

    /** Plain paper gets the frame, title and labels too; stock already has them. */
    public enum Stock {
        PLAIN_PAPER, PRE_PRINTED
    }

    private final PdfFonts fonts;
    private final SigningKeys keys;
    private final DeviceCertificate deviceCertificate;
    private final OfficeProfile office;

    public CertificateRenderer(PdfFonts fonts, SigningKeys keys, DeviceCertificate deviceCertificate, OfficeProfile office) {
        this.fonts = fonts;
        this.keys = keys;
        this.deviceCertificate = deviceCertificate;
        this.office = office;
    }

    /**
     * @param offset the certificate printer's calibration; applied on pre-printed stock only
     */
    public PrintedDocument render(CertificateTemplate template, CertificateData data, Issue issue, Stock stock,
                                  PrintOffset offset) {
        return render(template, data, issue, stock, offset, false);
    }

    /**
     * @param specimen a sample (样张), e.g. for {@code print-sample}: marked 样张 across the sheet so it can never pass
     *                 for an issued certificate
     */
    public PrintedDocument render(CertificateTemplate template, CertificateData data, Issue issue, Stock stock,
                                  PrintOffset offset, boolean specimen) {
        // Neither the case number nor the internal document number is printed on a certificate, so
        // they are not signed either: the verifier checks that every signed name and number is on the sheet.
        AuthenticityCode signed = AuthenticityCode.sign(Map.of(KeyField.KIND, DocumentKind.CERTIFICATE.name(),
                KeyField.CERTIFICATE, data.certificateNumber(),
                KeyField.APPLICANT, data.holder(), KeyField.ISSUED, data.issuedOn().toString()), keys);
        String code = signed.withFields();
        String qrText = AuthenticityCode.address(office.verifyAddress(), signed.text());
        PrintOffset shift = stock == Stock.PRE_PRINTED ? offset : PrintOffset.NONE;
        byte[] pdf = compose(template.paper(), DocumentKind.CERTIFICATE, issue, code, page -> {
            Sheet sheet = new Sheet(page, template.paper(), shift);
            if (stock == Stock.PLAIN_PAPER) {
                for (CertificateTemplate.Frame frame : template.frames()) {
                    sheet.frame(frame);
                }
                for (CertificateTemplate.Text text : template.background()) {
                    sheet.text(text.text(), text.xMm(), text.yMm(), text.widthMm(), TextStyle.of(text.size(), text.bold()), text.align());
                }
            }
            for (CertificateTemplate.Field field : template.fields()) {
                sheet.field(field, data.value(field.name()));
            }
            sheet.qr(template.qr(), qrText);
            sheet.seal(template.seal(), office, stock == Stock.PLAIN_PAPER);
            if (specimen) {
                sheet.specimen();
            }
        });
        return new PrintedDocument(DocumentKind.CERTIFICATE, issue.documentNumber(), data.caseNumber(), pdf, qrText);
    }

    /**
     * The calibration test page: crosses 20 mm in from each corner and in the middle, drawn with the
     * printer's current offset, and how to measure them and work out the new offset.
     */
    public PrintedDocument calibrationPage(Paper paper, String printerName, PrintOffset current, Issue issue) {
        byte[] pdf = compose(paper, DocumentKind.CALIBRATION_PAGE, issue, "", page -> {
            Sheet sheet = new Sheet(page, paper, current);
            float w = paper.widthMm();
            float h = paper.heightMm();
            for (float[] at : new float[][] {{20, 20}, {w - 20, 20}, {20, h - 20}, {w - 20, h - 20}, {w / 2, h / 2}}) {
                sheet.cross(at[0], at[1]);
            }
            sheet.ruler(20, 20, w - 40);
            TextStyle title = TextStyle.of(18, true);
            TextStyle body = TextStyle.of(11, false);
            sheet.text("套打校准页", 40, 42, w - 80, title, Align.CENTER);
            float y = 52; // the instructions end above the centre cross
            for (String line : List.of(
                    "打印机：" + printerName + "　当前偏移：向右 " + current.rightMm() + " mm，向下 " + current.downMm() + " mm",
                    "1. 用与证照相同的纸张打印本页，纸张放入方向与打印证照时一致。",
                    "2. 用直尺量出左上角十字中心到纸张左边缘、上边缘的距离（应均为 20 mm）。",
                    "3. 新的向右偏移 = 当前向右偏移 + (20 − 实测到左边缘的距离)；",
                    "    新的向下偏移 = 当前向下偏移 + (20 − 实测到上边缘的距离)。",
                    "4. 在打印设置中填入新的偏移后再打印本页，四角十字均距纸边 20 mm 即校准完成。")) {
                sheet.text(line, 40, y, w - 80, body, Align.LEFT);
                y += 7;
            }
        });
        return new PrintedDocument(DocumentKind.CALIBRATION_PAGE, issue.documentNumber(), "", pdf, "");
    }

    private interface Drawing {
        void draw(PageComposer page) throws IOException;
    }

    private byte[] compose(Paper paper, DocumentKind kind, Issue issue, String code, Drawing drawing) {
        fonts.lock().lock();
        try (PDDocument document = new PDDocument()) {
            DocumentRenderer.describe(document, kind, issue, code);
            PageComposer page = new PageComposer(document, fonts.embedIn(document), paper, "");
            drawing.draw(page);
            page.finish(issue.stamp(), false);
            PdfArchive.markPdfA2b(document, issue);
            ByteArrayOutputStream unsigned = new ByteArrayOutputStream(96 * 1024);
            document.save(unsigned);
            return signed(unsigned.toByteArray(), kind);
        } catch (IOException e) {
            throw new UncheckedIOException("生成" + kind.title() + "失败：" + e.getMessage(), e);
        } finally {
            fonts.lock().unlock();
        }
    }

    /** Adds the device's PDF signature as an incremental update, so the signed bytes stay as saved. */
    private byte[] signed(byte[] pdf, DocumentKind kind) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(office.name());
            signature.setLocation(office.address());
            signature.setReason(kind.title() + "电子签名");
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, deviceCertificate);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }
}
