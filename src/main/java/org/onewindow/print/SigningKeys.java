package org.onewindow.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * This device's Ed25519 key pair for authenticity codes, kept in the data directory's
 * {@code keys/} folder (created on first use), and the public keys it trusts: its own and any
 * {@code *.pub} file placed in {@code keys/trusted/} (other devices of the hall).
 */
public final class SigningKeys {

    private static final String PRIVATE_FILE = "document-signing-ed25519.key";
    private static final String PUBLIC_FILE = "document-signing-ed25519.pub";

    private final KeyPair pair;
    private final String keyId;
    private final Map<String, PublicKey> trusted;

    private SigningKeys(KeyPair pair, Map<String, PublicKey> trusted) {
        this.pair = pair;
        this.keyId = keyIdOf(pair.getPublic());
        this.trusted = trusted;
        trusted.put(keyId, pair.getPublic());
    }

    /** Reads the key pair from {@code directory}, creating it (atomically) when there is none. */
    public static SigningKeys openOrCreate(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateFile = directory.resolve(PRIVATE_FILE);
            Path publicFile = directory.resolve(PUBLIC_FILE);
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            KeyPair pair;
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                pair = new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
            } else {
                pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                KeyFiles.write(privateFile, pair.getPrivate().getEncoded(), true);
                KeyFiles.write(publicFile, pair.getPublic().getEncoded(), false);
            }
            return new SigningKeys(pair, trustedKeys(directory.resolve("trusted"), factory));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建文书签名密钥：" + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("文书签名密钥文件已损坏：" + directory, e);
        }
    }

    private static Map<String, PublicKey> trustedKeys(Path directory, KeyFactory factory)
            throws IOException, GeneralSecurityException {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pub")).sorted().toList()) {
                PublicKey key = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(file)));
                keys.put(keyIdOf(key), key);
            }
        }
        return keys;
    }


    /** Eight characters of the public key's SHA-256, enough to pick the key, short enough for the QR. */
    static String keyIdOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    PrivateKey privateKey() {
        return pair.getPrivate();
    }

    /** The trusted public key with this id, or null. */
    PublicKey trustedKey(String id) {
        return trusted.get(id);
    }

    /** Every key trusted here, this device's own first: codes that name no key are tried against each. */
    java.util.Collection<PublicKey> trustedKeys() {
        return java.util.Collections.unmodifiableCollection(trusted.values());
    }

    /** Only the public keys in {@code directory} ({@code *.pub}): a verifier that signs nothing, as the centre is. */
    public static SigningKeys verifierOnly(Path directory) {
        try {
            KeyPair none = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            SigningKeys keys = new SigningKeys(none, trustedKeys(directory, KeyFactory.getInstance("Ed25519")));
            keys.trusted.remove(keys.keyId);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取验真公钥目录：" + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("验真公钥文件已损坏：" + directory, e);
        }
    }
}
