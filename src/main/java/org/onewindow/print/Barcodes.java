package org.onewindow.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The Code 128 barcode of the case number and the QR code of the signed authenticity payload (ZXing). */
final class Barcodes {

    private Barcodes() {
    }

    /** One module per bit, with the quiet zones the symbology asks for. */
    static BitMatrix code128(String text) {
        return new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 10));
    }

    /**
     * The signed code in a QR code. Low error correction (L, 7 %) keeps the compact code at version 6 (41 modules), which
     * a phone reads from a page at 110 dpi in 24 mm; the code is also printed as text beside it and kept in the file.
     */
    static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("验真码内容过长，无法生成二维码", e);
        }
    }
}
