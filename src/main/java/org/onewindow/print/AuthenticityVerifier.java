package org.onewindow.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.onewindow.print.Verification.Verdict;

/**
 * Tells a genuine document from an altered one, offline. The verdict comes from the Ed25519 signature in the code;
 * for a PDF the QR code is read back from the rendered first page (as a phone would), compared with the copy kept in
 * the file, whose fields must give the code's digest, and the signed names and numbers must also be what the page
 * says. Codes of the first form ({@code OW1.}) on papers printed before the compact code are verified as before.
 */
public final class AuthenticityVerifier {

    private static final float SCAN_DPI = 300;

    private final SigningKeys keys;

    public AuthenticityVerifier(SigningKeys keys) {
        this.keys = keys;
    }

    /** Checks a scanned QR text (a verification address with its code), a code, or a file's kept copy. */
    public Verification verifyCode(String text) {
        if (text.strip().startsWith("OW1.")) {
            return verifyFirstForm(text);
        }
        AuthenticityCode code;
        try {
            code = AuthenticityCode.parse(text);
        } catch (IllegalArgumentException e) {
            return Verification.of(Verdict.NO_CODE, e.getMessage());
        }
        Map<KeyField, String> shown = new EnumMap<>(KeyField.class);
        shown.putAll(code.fields());
        if (code.fields().isEmpty()) {
            DocumentKind kind = code.documentKind();
            if (kind != null) {
                shown.put(KeyField.KIND, kind.name());
            }
            shown.put(kind == DocumentKind.CERTIFICATE ? KeyField.CERTIFICATE : KeyField.CASE, code.identifier());
        } else if (!code.fieldsMatchDigest()) {
            return new Verification(Verdict.ALTERED, shown, "文件内保存的文书内容与签名摘要不符");
        }
        for (PublicKey key : keys.trustedKeys()) {
            if (code.signedBy(key)) {
                return new Verification(Verdict.GENUINE, shown, "密钥编号 " + SigningKeys.keyIdOf(key));
            }
        }
        return new Verification(Verdict.UNKNOWN_KEY, shown,
                "签名与本机信任的密钥均不符：文书已被改动，或签发设备的公钥不在本机信任列表中");
    }

    private Verification verifyFirstForm(String text) {
        AuthenticityCodeV1 code;
        try {
            code = AuthenticityCodeV1.parse(text);
        } catch (IllegalArgumentException e) {
            return Verification.of(Verdict.NO_CODE, e.getMessage());
        }
        PublicKey key = keys.trustedKey(code.keyId());
        if (key == null) {
            return new Verification(Verdict.UNKNOWN_KEY, code.fields(), "密钥编号 " + code.keyId());
        }
        if (!code.signedBy(key)) {
            return new Verification(Verdict.ALTERED, code.fields(), "签名校验失败");
        }
        return new Verification(Verdict.GENUINE, code.fields(), "密钥编号 " + code.keyId());
    }

    /** Checks a document file. */
    public Verification verifyPdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String scanned = scanQrCode(document);
            String embedded = document.getDocumentInformation().getCustomMetadataValue(DocumentRenderer.CODE_INFO_KEY);
            if (scanned == null && embedded == null) {
                return Verification.of(Verdict.NO_CODE, "文件中没有一窗通验真码");
            }
            if (scanned != null && embedded != null && !sameCode(scanned, embedded)) {
                return Verification.of(Verdict.ALTERED, "页面二维码与文件内的验真码不一致");
            }
            Verification verification = verifyCode(embedded != null ? embedded : scanned);
            if (verification.verdict() != Verdict.GENUINE) {
                return verification;
            }
            return printedTextAgrees(document, verification);
        }
    }

    /** The page's code and the file's copy are the same code (the copy adds the fields; the page, an address). */
    private static boolean sameCode(String scanned, String embedded) {
        if (embedded.startsWith("OW1.")) {
            return scanned.equals(embedded);
        }
        try {
            return AuthenticityCode.parse(scanned).text().equals(AuthenticityCode.parse(embedded).text());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Verification printedTextAgrees(PDDocument document, Verification verification) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        String printed = withoutSpace(stripper.getText(document));
        for (Map.Entry<KeyField, String> field : verification.fields().entrySet()) {
            if (field.getKey().printedVerbatim() && !printed.contains(withoutSpace(field.getValue()))) {
                return new Verification(Verdict.ALTERED, verification.fields(),
                        "页面上的" + field.getKey().label() + "与签名内容（" + field.getValue() + "）不符");
            }
        }
        return verification;
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\u3000]", "");
    }

    /**
     * The QR text found on the first page, or null. The whole page is tried first, then windows of
     * a half and of a third of the page laid over it, overlapping: text around a code can hide its
     * finder patterns from a reader that looks at the whole page, as it would from a phone held too far.
     */
    static String scanQrCode(PDDocument document) throws IOException {
        if (document.getNumberOfPages() == 0) {
            return null;
        }
        return scanQrCode(new PDFRenderer(document).renderImageWithDPI(0, SCAN_DPI, ImageType.GRAY));
    }

    /** The QR text found in a page image, as {@link #scanQrCode(PDDocument)} looks for it. */
    static String scanQrCode(BufferedImage page) {
        String found = decodeQr(page);
        for (int parts = 2; parts <= 3 && found == null; parts++) {
            int w = page.getWidth() / parts;
            int h = page.getHeight() / parts;
            int steps = 2 * parts - 1;
            for (int i = 0; i < steps * steps && found == null; i++) {
                found = decodeQr(page.getSubimage((i % steps) * w / 2, (i / steps) * h / 2, w, h));
            }
        }
        return found;
    }

    /**
     * ZXing's multi-code reader, even for our one code: the single-code detector keeps the first three
     * finder-pattern candidates it likes, and in a dense code a run of data modules can look like one,
     * so about one signed code in fifty was missed; the multi-code detector tries every candidate triple.
     */
    private static String decodeQr(BufferedImage image) {
        try {
            Result[] found = new QRCodeMultiReader().decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
            return found.length == 0 ? null : found[0].getText();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
