package org.onewindow.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.onewindow.print.layout.PageComposer;
import org.onewindow.print.layout.Paper;

/**
 * Renders notices and letters to PDF/A-2B: the head (the office in whose name the paper speaks, 〔2026〕N号, the red
 * line, the title, the case number with its barcode, the QR code), the body the {@link DocumentContent} writes, the
 * seal, page numbers, and the 补打 stamp on reprints. A closing block that would stand alone on a page is avoided by
 * setting the whole paper a little tighter. Safe to share; renders run one at a time on the shared font.
 */
public final class DocumentRenderer {

    /** Document information key under which a copy of the authenticity code is kept. */
    static final String CODE_INFO_KEY = "OneWindowAuthenticity";
    /** Line pitches tried, in order, until the seal and signatures share a page with the text before them. */
    private static final float[] TIGHTNESS = {1f, 0.94f, 0.88f, 0.82f};

    private final PdfFonts fonts;
    private final SigningKeys keys;
    private final OfficeDirectory offices;
    private final StaffNames names;

    public DocumentRenderer(PdfFonts fonts, SigningKeys keys, OfficeDirectory offices, StaffNames names) {
        this.fonts = fonts;
        this.keys = keys;
        this.offices = offices;
        this.names = names;
    }

    /** A renderer for a hall with no authority described, printing names as recorded. */
    public DocumentRenderer(PdfFonts fonts, SigningKeys keys, OfficeProfile office) {
        this(fonts, keys, OfficeDirectory.ofHall(office), StaffNames.AS_RECORDED);
    }

    /** The same renderer with receipts on {@code paper} (A5 or A4), as an office may choose. */
    public DocumentRenderer withReceiptPaper(Paper paper) {
        return new DocumentRenderer(fonts, keys, new OfficeDirectory(offices.hall(), offices.authorities(), paper), names);
    }

    /** Who {@code content} speaks for: its 机关代字 starts the document's number. */
    public Signatory signatoryOf(DocumentContent content) {
        return content.signatory(offices);
    }

    public PrintedDocument render(DocumentContent content, Issue issue) {
        return render(content, issue, names);
    }

    /** Renders with the names of the people the case's events record, as this device knows them now. */
    public PrintedDocument render(DocumentContent content, Issue issue, StaffNames people) {
        Map<KeyField, String> fields = new EnumMap<>(KeyField.class);
        fields.putAll(content.keyFields(issue));
        Signatory signatory = content.signatory(offices);
        String kept = "";
        String qrText = "";
        if (!fields.isEmpty()) {
            fields.put(KeyField.KIND, content.kind().name());
            fields.put(KeyField.NUMBER, issue.documentNumber());
            AuthenticityCode code = AuthenticityCode.sign(fields, keys);
            kept = code.withFields();
            qrText = AuthenticityCode.address(offices.hall().verifyAddress(), code.text());
        }
        String code = kept;
        Paper paper = content.kind() == DocumentKind.RECEIPT ? offices.receiptPaper() : content.kind().paper();
        fonts.lock().lock();
        try {
            byte[] pdf = null;
            for (int i = 0; i < TIGHTNESS.length && pdf == null; i++) {
                pdf = compose(content, issue, people, code, signatory, qrText, paper, TIGHTNESS[i], false, false);
            }
            if (pdf == null) {
                // tighter did not do: the last paragraph goes over with the seal, so no page holds the seal alone
                pdf = compose(content, issue, people, code, signatory, qrText, paper, 1f, true, true);
            }
            return new PrintedDocument(content.kind(), issue.documentNumber(), content.caseNumber(), pdf, qrText);
        } catch (IOException e) {
            throw new UncheckedIOException("生成" + content.kind().title() + "失败：" + e.getMessage(), e);
        } finally {
            fonts.lock().unlock();
        }
    }

    /** The PDF, or null when its closing block stood alone on a page and a tighter setting is still to be tried. */
    private byte[] compose(DocumentContent content, Issue issue, StaffNames people, String code, Signatory signatory,
                           String qrText, Paper paper, float tightness, boolean keepLastWithClosing, boolean last)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, content.kind(), issue, code);
            String runningHeader = signatory.issuer() + "　" + content.kind().title() + "　" + issue.documentNumber();
            PageComposer composer = new PageComposer(document, fonts.embedIn(document), paper, runningHeader, tightness);
            DocumentWriter writer = new DocumentWriter(composer, signatory, issue, content.kind(), content.caseNumber(),
                    qrText, people);
            writer.keepLastParagraphWithClosing(keepLastWithClosing);
            writer.letterhead();
            content.compose(writer);
            if (!last && (writer.closingStartedAPage()
                    || content.kind() == DocumentKind.RECEIPT && composer.pageCount() > 1 && content.fitsOnePage())) {
                return null;
            }
            composer.finish(issue.stamp());
            PdfArchive.markPdfA2b(document, issue);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    static void describe(PDDocument document, DocumentKind kind, Issue issue, String code) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(kind.title() + " " + issue.documentNumber());
        info.setCreator("OneWindow 一窗通");
        info.setProducer("OneWindow 一窗通 (Apache PDFBox)");
        Calendar created = Calendar.getInstance(java.util.TimeZone.getTimeZone(org.onewindow.domain.caselog.CaseFold.ZONE));
        created.setTimeInMillis(issue.issuedAt().atZone(org.onewindow.domain.caselog.CaseFold.ZONE).toInstant().toEpochMilli());
        info.setCreationDate(created);
        if (!code.isEmpty()) {
            info.setCustomMetadataValue(CODE_INFO_KEY, code);
        }
    }
}
