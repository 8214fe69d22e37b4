package org.onewindow.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.onewindow.print.layout.PageComposer;

/**
 * Renders notices and letters to PDF: the letterhead (office, title, 〔2026〕N号, case number with
 * its barcode, the signed QR code), the body the {@link DocumentContent} writes, page numbers, and
 * the 补打 stamp on reprints. Safe to share; renders run one at a time on the shared font.
 */
public final class DocumentRenderer {

    /** Document information key under which a copy of the authenticity code is kept. */
    static final String CODE_INFO_KEY = "OneWindowAuthenticity";

    private final PdfFonts fonts;
    private final SigningKeys keys;
    private final OfficeProfile office;

    public DocumentRenderer(PdfFonts fonts, SigningKeys keys, OfficeProfile office) {
        this.fonts = fonts;
        this.keys = keys;
        this.office = office;
    }

    public PrintedDocument render(DocumentContent content, Issue issue) {
        Map<KeyField, String> fields = new EnumMap<>(KeyField.class);
        fields.putAll(content.keyFields(issue));
        String code = "";
        if (!fields.isEmpty()) {
            fields.put(KeyField.KIND, content.kind().name());
            fields.put(KeyField.NUMBER, issue.documentNumber());
            code = AuthenticityCode.sign(fields, keys).text();
        }
        fonts.lock().lock();
        try (PDDocument document = new PDDocument()) {
            describe(document, content.kind(), issue, code);
            String runningHeader = office.name() + "　" + content.kind().title() + "　" + issue.documentNumber();
            PageComposer composer = new PageComposer(document, fonts.embedIn(document), content.kind().paper(), runningHeader);
            DocumentWriter writer = new DocumentWriter(composer, office, issue, content.kind(), content.caseNumber(), code);
            writer.letterhead();
            content.compose(writer);
            composer.finish(issue.stamp());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return new PrintedDocument(content.kind(), issue.documentNumber(), content.caseNumber(), out.toByteArray(), code);
        } catch (IOException e) {
            throw new UncheckedIOException("生成" + content.kind().title() + "失败：" + e.getMessage(), e);
        } finally {
            fonts.lock().unlock();
        }
    }

    static void describe(PDDocument document, DocumentKind kind, Issue issue, String code) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(kind.title() + " " + issue.documentNumber());
        info.setCreator("OneWindow 一窗通");
        info.setProducer("OneWindow 一窗通 (Apache PDFBox)");
        Calendar created = Calendar.getInstance();
        created.setTimeInMillis(issue.issuedAt().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        info.setCreationDate(created);
        if (!code.isEmpty()) {
            info.setCustomMetadataValue(CODE_INFO_KEY, code);
        }
    }
}
