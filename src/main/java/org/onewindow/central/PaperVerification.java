package org.onewindow.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.onewindow.codec.VerificationCode;

/**
 * The centre's verification page (验真): a paper's QR code opens {@code /v/<code>}, and the answer says whether the code
 * was signed by a window the centre trusts, with what the code itself names — the kind of paper and its case or
 * certificate number — and nothing else about the applicant. The windows' document keys are registered by the
 * administrator ({@code admin trust-document-key}).
 */
public final class PaperVerification {

    /** The verdict on one code, as the page and its JSON give it. */
    public record Verdict(String verdict, boolean genuine, String paper, String identifier, String keyId, String advice) {
    }

    private final DataSource dataSource;

    public PaperVerification(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Registers a window's document-signing public key ({@code .pub}, X.509 Ed25519) under its key id. */
    public String trust(Path file, String note) {
        byte[] encoded;
        try {
            encoded = Files.readAllBytes(file);
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + file, e);
        } catch (GeneralSecurityException e) {
            throw ApiException.badRequest("不是一窗通窗口的文书签名公钥（Ed25519）：" + file);
        }
        String keyId = keyId(encoded);
        Sql.inTransaction(dataSource, c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO document_key (key_id, public_key, note) VALUES (?, ?, ?)
                    ON CONFLICT (key_id) DO UPDATE SET note = excluded.note""")) {
                insert.setString(1, keyId);
                insert.setBytes(2, encoded);
                insert.setString(3, note == null ? "" : note);
                return insert.executeUpdate();
            }
        });
        return keyId;
    }

    public Verdict verify(String text) {
        VerificationCode code;
        try {
            code = VerificationCode.parse(text);
        } catch (IllegalArgumentException e) {
            return new Verdict("无法确认", false, "", "", "", e.getMessage());
        }
        for (Map.Entry<String, PublicKey> key : keys().entrySet()) {
            if (code.signedBy(key.getValue())) {
                return new Verdict("真实", true, code.title(), code.identifier(), key.getKey(),
                        "签名有效。请核对纸面上的文书种类和编号与上面一致；纸面其他内容可向出具机关核实。");
            }
        }
        return new Verdict("无法确认", false, code.title(), code.identifier(), "",
                "签名与本中心登记的窗口密钥均不符：文书可能被改动，或出具窗口的密钥尚未在本中心登记。请向出具机关核实。");
    }

    private Map<String, PublicKey> keys() {
        return Sql.inTransaction(dataSource, c -> {
            Map<String, PublicKey> keys = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT key_id, public_key FROM document_key ORDER BY key_id");
                 ResultSet rows = select.executeQuery()) {
                KeyFactory factory = KeyFactory.getInstance("Ed25519");
                while (rows.next()) {
                    keys.put(rows.getString(1), factory.generatePublic(new X509EncodedKeySpec(rows.getBytes(2))));
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a stored document key cannot be read", e);
            }
            return keys;
        });
    }

    /** The page a phone shows: the verdict in large letters, what the code names, the advice. */
    public static String page(Verdict verdict) {
        List<String> rows = new ArrayList<>();
        if (!verdict.paper().isEmpty()) {
            rows.add("<tr><th>文书种类</th><td>" + escape(verdict.paper()) + "</td></tr>");
        }
        if (!verdict.identifier().isEmpty()) {
            rows.add("<tr><th>编号</th><td>" + escape(verdict.identifier()) + "</td></tr>");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>一窗通文书验真</title></head>
                <body style="font-family:sans-serif;margin:1.5em">
                <h1 style="color:%s">%s</h1>
                <table>%s</table>
                <p>%s</p>
                </body></html>
                """.formatted(verdict.genuine() ? "#1a7f37" : "#b35900", escape(verdict.verdict()), String.join("", rows),
                escape(verdict.advice()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String keyId(byte[] encoded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
