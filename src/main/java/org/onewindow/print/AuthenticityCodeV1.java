package org.onewindow.print;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import org.onewindow.codec.Json;

/**
 * The first form of the signed code (验真码), printed until the compact code replaced it ({@link AuthenticityCode}) and
 * still verified on the papers and files that carry it: {@code OW1.<fields>.<signature>.<key id>}, where
 * fields is base64url JSON of the document's key fields (short keys, sorted) and signature is
 * Ed25519 over those JSON bytes. A verifier with the public key tells a genuine document offline.
 */
public record AuthenticityCodeV1(Map<KeyField, String> fields, String keyId, String encodedFields, byte[] signature) {

    private static final String PREFIX = "OW1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    /** Reads a scanned code; throws {@link IllegalArgumentException} with a Chinese message if it is not one. */
    public static AuthenticityCodeV1 parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("这不是一窗通文书的验真码");
        }
        try {
            byte[] json = B64_DECODER.decode(parts[1]);
            return new AuthenticityCodeV1(parseFields(json), parts[3], parts[1], B64_DECODER.decode(parts[2]));
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

    /** True when {@code key} made this signature over exactly these field bytes. */
    boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(B64_DECODER.decode(encodedFields));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public String text() {
        return String.join(".", PREFIX, encodedFields, B64.encodeToString(signature), keyId);
    }
}
