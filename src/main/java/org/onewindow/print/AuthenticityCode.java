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

/**
 * The signed code of a document (验真码), short enough for a QR code a phone reads from a page printed at 110 dpi. The
 * QR code holds {@code <verification address>2<kind><identifier>.<digest><signature>} in the QR code's alphanumeric
 * alphabet (digits, capitals and {@code .}), so it opens the centre's verification page and still carries the signed
 * code itself for a verifier offline:
 * <ul>
 *   <li>{@code kind}: one letter for the kind of document;</li>
 *   <li>{@code identifier}: the case number without its hyphens, or the certificate number, as the paper prints it;</li>
 *   <li>{@code digest}: 64 bits of the SHA-256 of the document's key fields (number, applicant, dates …) as JSON, which
 *       the file keeps beside the code, so a verifier holding the file checks every field against the page;</li>
 *   <li>{@code signature}: Ed25519 by the issuing device over {@code OW2|kind|identifier|digest}, base32.</li>
 * </ul>
 * The code names no key: a verifier tries the keys it trusts (a hall's few devices).
 */
public record AuthenticityCode(char kind, String identifier, String digest, byte[] signature, Map<KeyField, String> fields) {

    private static final char VERSION = '2';
    private static final String SIGNED_PREFIX = "OW2|";
    private static final int DIGEST_BYTES = 8;
    private static final int SIGNATURE_CHARS = Base32.length(64);
    private static final Map<String, Character> LETTERS = Map.of(
            "RECEIPT", 'R', "DEFICIENCY_NOTICE", 'B', "REFUSAL_NOTICE", 'N', "TOLERANCE_NOTICE", 'T',
            "TOLERANCE_COMMITMENT", 'U', "COMMITMENT_LETTER", 'C', "DENIAL_DECISION", 'D', "CERTIFICATE", 'Z');
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    public AuthenticityCode {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** Signs {@code fields} with this device's key; the case number (or certificate number) is the identifier. */
    public static AuthenticityCode sign(Map<KeyField, String> fields, SigningKeys keys) {
        String identifier = fields.containsKey(KeyField.CERTIFICATE) ? fields.get(KeyField.CERTIFICATE)
                : fields.getOrDefault(KeyField.CASE, "");
        char kind = LETTERS.getOrDefault(fields.getOrDefault(KeyField.KIND, ""), 'O');
        Map<KeyField, String> kept = new EnumMap<>(KeyField.class);
        fields.forEach((field, value) -> kept.put(field, truncated(value)));
        String compactId = identifier.replace("-", "").toUpperCase(Locale.ROOT);
        String digest = digestOf(kept);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.privateKey());
            signer.update(signed(kind, compactId, digest));
            return new AuthenticityCode(kind, compactId, digest, signer.sign(), kept);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("无法签署验真码", e);
        }
    }

    private static String truncated(String value) {
        int limit = KeyField.MAX_VALUE_LENGTH;
        return value.codePointCount(0, value.length()) <= limit ? value : value.substring(0, value.offsetByCodePoints(0, limit));
    }

    private static byte[] signed(char kind, String identifier, String digest) {
        return (SIGNED_PREFIX + kind + "|" + identifier + "|" + digest).getBytes(StandardCharsets.US_ASCII);
    }

    private static String digestOf(Map<KeyField, String> fields) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fieldsJson(fields));
            return Base32.encode(Arrays.copyOf(hash, DIGEST_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fieldsJson(Map<KeyField, String> fields) {
        Map<String, String> compact = new TreeMap<>();
        fields.forEach((field, value) -> compact.put(field.key(), value));
        return Json.write(compact).getBytes(StandardCharsets.UTF_8);
    }

    /** What the QR code carries: the verification address (upper case, as the alphanumeric mode needs) and the code. */
    public static String address(String verifyAddress, String code) {
        if (verifyAddress == null || verifyAddress.isBlank()) {
            return code;
        }
        String base = verifyAddress.strip().toUpperCase(Locale.ROOT);
        return base.endsWith("/") ? base + code : base + "/" + code;
    }

    /** The code alone, as the QR code carries it after the address. */
    public String text() {
        return VERSION + String.valueOf(kind) + identifier + "." + digest + Base32.encode(signature);
    }

    /** The code with its fields, as the PDF keeps it: what a verifier of the file checks against the page. */
    public String withFields() {
        return text() + "." + B64.encodeToString(fieldsJson(fields));
    }

    /**
     * Reads a scanned QR text (a verification address ending in a code, or the code alone) or the copy a file keeps
     * (with its fields); throws {@link IllegalArgumentException} with a Chinese message when it is not one.
     */
    public static AuthenticityCode parse(String text) {
        String code = text.strip();
        int slash = code.lastIndexOf('/');
        if (slash >= 0) {
            code = code.substring(slash + 1);
        }
        String[] parts = code.split("\\.");
        if (parts.length < 2 || parts.length > 3 || parts[0].length() < 3 || parts[0].charAt(0) != VERSION) {
            throw new IllegalArgumentException("这不是一窗通文书的验真码");
        }
        String tail = parts[1].toUpperCase(Locale.ROOT);
        int digestChars = Base32.length(DIGEST_BYTES);
        if (tail.length() != digestChars + SIGNATURE_CHARS) {
            throw new IllegalArgumentException("验真码已损坏，无法读取");
        }
        Map<KeyField, String> fields = parts.length == 3 ? parseFields(B64_DECODER.decode(parts[2])) : Map.of();
        try {
            return new AuthenticityCode(Character.toUpperCase(parts[0].charAt(1)), parts[0].substring(2).toUpperCase(Locale.ROOT),
                    tail.substring(0, digestChars), Base32.decode(tail.substring(digestChars)), fields);
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

    /** True when {@code key} made this signature over the code's kind, identifier and digest. */
    boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signed(kind, identifier, digest));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** True when the fields kept with the code are the ones its digest was made of. */
    boolean fieldsMatchDigest() {
        return !fields.isEmpty() && digestOf(fields).equals(digest);
    }

    /** The kind of document the letter names, or null for a letter no kind has. */
    public DocumentKind documentKind() {
        return LETTERS.entrySet().stream().filter(e -> e.getValue() == kind).map(e -> DocumentKind.valueOf(e.getKey()))
                .findFirst().orElse(null);
    }

    /** RFC 4648 base32 without padding: capitals and 2–7, all in the QR code's alphanumeric alphabet. */
    static final class Base32 {
        private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        private Base32() {
        }

        static int length(int bytes) {
            return (bytes * 8 + 4) / 5;
        }

        static String encode(byte[] data) {
            StringBuilder out = new StringBuilder(length(data.length));
            int buffer = 0;
            int bits = 0;
            for (byte b : data) {
                buffer = (buffer << 8) | (b & 0xff);
                bits += 8;
                while (bits >= 5) {
                    out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                    bits -= 5;
                }
            }
            if (bits > 0) {
                out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
            }
            return out.toString();
        }

        static byte[] decode(String text) {
            byte[] out = new byte[text.length() * 5 / 8];
            int buffer = 0;
            int bits = 0;
            int index = 0;
            for (char c : text.toCharArray()) {
                int value = ALPHABET.indexOf(c);
                if (value < 0) {
                    throw new IllegalArgumentException("not base32: " + c);
                }
                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8) {
                    out[index++] = (byte) (buffer >> (bits - 8));
                    bits -= 8;
                }
            }
            return out;
        }
    }
}
