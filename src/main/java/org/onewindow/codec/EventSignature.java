package org.onewindow.codec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A device's signature of an event (decision record 0016's signature slot): Ed25519 over the domain-separated text
 * {@code onewindow-event-v1:<hash>}, written {@code ed25519:<key id>:<base64url signature>} so keys can rotate.
 * The signature is outside the body: the body's bytes and hash never change when it is added. A public key travels
 * as {@code ed25519:<base64url of its 32 bytes>}; its id is the first twelve base64url characters of their SHA-256.
 */
public final class EventSignature {

    public static final String SCHEME = "ed25519";
    private static final String DOMAIN = "onewindow-event-v1:";
    private static final String SUCCESSION = "onewindow-succession-v1:";
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo, before the key's own 32 bytes (RFC 8410). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int KEY_BYTES = 32;
    private static final int SIGNATURE_BYTES = 64;

    private EventSignature() {
    }

    /** The key's text form for enrollment and the change feed. */
    public static String publicKeyText(PublicKey key) {
        return SCHEME + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw(key));
    }

    /** The key a text form names; {@link IllegalArgumentException} when it is none. */
    public static PublicKey publicKey(String text) {
        if (text == null || !text.startsWith(SCHEME + ":")) {
            throw new IllegalArgumentException("公钥应以 ed25519: 开头");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text.substring(SCHEME.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("公钥不是 base64url 文本");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("Ed25519 公钥应为 32 字节");
        }
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_BYTES);
        System.arraycopy(bytes, 0, der, X509_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("不是有效的 Ed25519 公钥");
        }
    }

    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw(key));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The signature of the event whose hash is {@code hash}, by the key with id {@code keyId}. */
    public static String sign(PrivateKey key, String keyId, String hash) {
        return signText(key, keyId, DOMAIN + hash);
    }

    private static String signText(PrivateKey key, String keyId, String text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return SCHEME + ":" + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /**
     * A restored window's request to go on as a new device (decision record 0020), signed by the key of the device it
     * replaces: proof that the request comes from that device and not only from someone holding its token.
     */
    public static String signSuccession(PrivateKey key, String keyId, String newPublicKey) {
        return signText(key, keyId, SUCCESSION + newPublicKey);
    }

    public static boolean verifySuccession(PublicKey key, String signature, String newPublicKey) {
        return verifyText(key, signature, SUCCESSION + newPublicKey);
    }

    /** The id of the key a signature names; empty for no signature or one of another form. */
    public static Optional<String> keyIdOf(String signature) {
        if (signature == null || !signature.startsWith(SCHEME + ":")) {
            return Optional.empty();
        }
        String[] parts = signature.split(":", -1);
        return parts.length == 3 && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
    }

    /** Whether {@code signature} is the key's signature of the event whose hash is {@code hash}. */
    public static boolean verify(PublicKey key, String signature, String hash) {
        return hash != null && verifyText(key, signature, DOMAIN + hash);
    }

    private static boolean verifyText(PublicKey key, String signature, String text) {
        if (keyIdOf(signature).isEmpty()) {
            return false;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(signature.split(":", -1)[2]);
            if (bytes.length != SIGNATURE_BYTES) {
                return false;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(bytes);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - KEY_BYTES, der.length);
    }
}
