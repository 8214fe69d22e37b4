package org.onewindow.print;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.codec.Json;
import org.onewindow.codec.VerificationCode;

/**
 * A paper's signed code (验真码, {@link VerificationCode}) with the key fields its digest is made of. The QR code
 * carries the verification address and the code, short enough for a phone to read from a page printed at 110 dpi;
 * the PDF keeps the code with the fields ({@link #withFields()}), so a verifier of the file checks every signed name
 * and number against the page, offline. The code names no key: a verifier tries the keys it trusts.
 */
public record AuthenticityCode(VerificationCode code, Map<KeyField, String> fields) {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    public AuthenticityCode {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** Signs {@code fields} with this device's key; the certificate number, else the case number, identifies it. */
    public static AuthenticityCode sign(Map<KeyField, String> fields, SigningKeys keys) {
        String identifier = fields.containsKey(KeyField.CERTIFICATE) ? fields.get(KeyField.CERTIFICATE)
                : fields.getOrDefault(KeyField.CASE, "");
        Map<KeyField, String> kept = new EnumMap<>(KeyField.class);
        fields.forEach((field, value) -> kept.put(field, truncated(value)));
        VerificationCode unsigned = new VerificationCode(VerificationCode.letterOf(fields.getOrDefault(KeyField.KIND, "")),
                VerificationCode.compact(identifier), digestOf(kept), new byte[0]);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.privateKey());
            signer.update(unsigned.signedMessage());
            return new AuthenticityCode(new VerificationCode(unsigned.kind(), unsigned.identifier(), unsigned.digest(),
                    signer.sign()), kept);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("无法签署验真码", e);
        }
    }

    private static String truncated(String value) {
        int limit = KeyField.MAX_VALUE_LENGTH;
        return value.codePointCount(0, value.length()) <= limit ? value : value.substring(0, value.offsetByCodePoints(0, limit));
    }

    private static String digestOf(Map<KeyField, String> fields) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fieldsJson(fields));
            return VerificationCode.Base32.encode(Arrays.copyOf(hash, VerificationCode.DIGEST_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fieldsJson(Map<KeyField, String> fields) {
        Map<String, String> compact = new TreeMap<>();
        fields.forEach((field, value) -> compact.put(field.key(), value));
        return Json.write(compact).getBytes(StandardCharsets.UTF_8);
    }

    /** What the QR code carries: the verification address (capitals, as the alphanumeric mode needs) and the code. */
    public static String address(String verifyAddress, String code) {
        if (verifyAddress == null || verifyAddress.isBlank()) {
            return code;
        }
        String base = verifyAddress.strip().toUpperCase(Locale.ROOT);
        return base.endsWith("/") ? base + code : base + "/" + code;
    }

    /** The code alone, as the QR code carries it after the address. */
    public String text() {
        return code.text();
    }

    /** The code with its fields, as the PDF keeps it. */
    public String withFields() {
        return code.text() + "." + B64.encodeToString(fieldsJson(fields));
    }

    /** Reads a scanned QR text or a file's kept copy; {@link IllegalArgumentException} in Chinese when it is neither. */
    public static AuthenticityCode parse(String text) {
        VerificationCode code = VerificationCode.parse(text);
        String rest = VerificationCode.rest(text);
        try {
            return new AuthenticityCode(code, rest.isEmpty() ? Map.of() : parseFields(B64_DECODER.decode(rest)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("验真码已损坏，无法读取", e);
        }
    }

    private static Map<KeyField, String> parseFields(byte[] json) {
        try {
            Map<String, String> raw = Json.mapper().readValue(json, new TypeReference<Map<String, String>>() { });
            Map<KeyField, String> fields = new EnumMap<>(KeyField.class);
            raw.forEach((key, value) -> fields.put(KeyField.ofKey(key), value));
            return fields;
        } catch (IOException e) {
            throw new IllegalArgumentException("验真码内容不是有效的数据", e);
        }
    }

    boolean signedBy(PublicKey key) {
        return code.signedBy(key);
    }

    /** True when the fields kept with the code are the ones its digest was made of. */
    boolean fieldsMatchDigest() {
        return !fields.isEmpty() && digestOf(fields).equals(code.digest());
    }

    /** The kind of document the code's letter names, or null for a letter no kind has. */
    public DocumentKind documentKind() {
        for (DocumentKind kind : DocumentKind.values()) {
            if (VerificationCode.letterOf(kind.name()) == code.kind()) {
                return kind;
            }
        }
        return null;
    }

    public String identifier() {
        return code.identifier();
    }
}
