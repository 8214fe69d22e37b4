package org.onewindow.codec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Locale;
import java.util.Map;

/**
 * The signed code a paper's QR code carries after the verification address: {@code 2<kind><identifier>.<digest><signature>}
 * in the QR code's alphanumeric alphabet. {@code kind} is a letter for the kind of paper, {@code identifier} the case
 * number without its hyphens (or the certificate number), {@code digest} 64 bits of the SHA-256 of the paper's key
 * fields, base32, and {@code signature} the issuing device's Ed25519 signature over {@code OW2|kind|identifier|digest},
 * base32. Windows sign and verify it with the fields ({@code print.AuthenticityCode}); the centre's verification page
 * checks the signature alone, with the device keys it trusts.
 */
public record VerificationCode(char kind, String identifier, String digest, byte[] signature) {

    public static final char VERSION = '2';
    public static final int DIGEST_BYTES = 8;
    private static final int SIGNATURE_BYTES = 64;
    private static final String SIGNED_PREFIX = "OW2|";
    /** The letter of each kind of paper and the title it prints. */
    private static final Map<Character, String> TITLES = Map.of('R', "受理通知书", 'B', "补正材料一次性告知书",
            'N', "不予受理通知书", 'T', "容缺受理通知书", 'U', "容缺受理承诺书", 'C', "告知承诺书", 'D', "不予行政许可决定书",
            'Z', "证照");

    /** The letter a kind of paper (its {@code DocumentKind} name) is written with; O for a kind without one. */
    public static char letterOf(String kindName) {
        return switch (kindName) {
            case "RECEIPT" -> 'R';
            case "DEFICIENCY_NOTICE" -> 'B';
            case "REFUSAL_NOTICE" -> 'N';
            case "TOLERANCE_NOTICE" -> 'T';
            case "TOLERANCE_COMMITMENT" -> 'U';
            case "COMMITMENT_LETTER" -> 'C';
            case "DENIAL_DECISION" -> 'D';
            case "CERTIFICATE" -> 'Z';
            default -> 'O';
        };
    }

    /** The title of the paper a letter stands for. */
    public String title() {
        return TITLES.getOrDefault(kind, "文书");
    }

    /** The code for {@code identifier} as the paper prints it: hyphens dropped, capitals. */
    public static String compact(String identifier) {
        return identifier.replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** The bytes the signature is over. */
    public byte[] signedMessage() {
        return (SIGNED_PREFIX + kind + "|" + identifier + "|" + digest).getBytes(StandardCharsets.US_ASCII);
    }

    /** True when {@code key} made the signature. */
    public boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedMessage());
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public String text() {
        return VERSION + String.valueOf(kind) + identifier + "." + digest + Base32.encode(signature);
    }

    /**
     * Reads a code: a verification address ending in one, the code alone, or the code followed by {@code .} and what
     * a file keeps beside it (returned by {@link #rest}). Throws {@link IllegalArgumentException} in Chinese otherwise.
     */
    public static VerificationCode parse(String text) {
        String[] parts = parts(text);
        if (parts.length < 2 || parts.length > 3 || parts[0].length() < 3 || parts[0].charAt(0) != VERSION) {
            throw new IllegalArgumentException("这不是一窗通文书的验真码");
        }
        String tail = parts[1].toUpperCase(Locale.ROOT);
        int digestChars = Base32.length(DIGEST_BYTES);
        if (tail.length() != digestChars + Base32.length(SIGNATURE_BYTES)) {
            throw new IllegalArgumentException("验真码已损坏，无法读取");
        }
        try {
            return new VerificationCode(Character.toUpperCase(parts[0].charAt(1)), parts[0].substring(2).toUpperCase(Locale.ROOT),
                    tail.substring(0, digestChars), Base32.decode(tail.substring(digestChars)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("验真码已损坏，无法读取", e);
        }
    }

    /** What follows the code in {@code text} (a file's kept fields), or empty. */
    public static String rest(String text) {
        String[] parts = parts(text);
        return parts.length == 3 ? parts[2] : "";
    }

    private static String[] parts(String text) {
        String code = text.strip();
        int slash = code.lastIndexOf('/');
        return (slash >= 0 ? code.substring(slash + 1) : code).split("\\.");
    }

    /** RFC 4648 base32 without padding: capitals and 2–7, all in the QR code's alphanumeric alphabet. */
    public static final class Base32 {
        private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        private Base32() {
        }

        public static int length(int bytes) {
            return (bytes * 8 + 4) / 5;
        }

        public static String encode(byte[] data) {
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

        public static byte[] decode(String text) {
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
