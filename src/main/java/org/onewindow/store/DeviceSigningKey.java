package org.onewindow.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.onewindow.codec.EventSignature;

/**
 * This device's Ed25519 key pair for signing its events (decision record 0016's signature slot), made on first run
 * in the data directory's {@code keys/} folder, outside the database and readable by the owner only (decision record
 * 0021). The public half is registered with the centre at enrollment; a window that goes on as a new device after a
 * restore makes a new pair and keeps the old one beside it.
 */
public final class DeviceSigningKey {

    private static final String PRIVATE_FILE = "device-ed25519.key";
    private static final String PUBLIC_FILE = "device-ed25519.pub";

    private final KeyPair pair;
    private final String keyId;

    private DeviceSigningKey(KeyPair pair) {
        this.pair = pair;
        this.keyId = EventSignature.keyId(pair.getPublic());
    }

    /** The pair in {@code folder}, made there when there is none. */
    static DeviceSigningKey openOrCreate(Path folder) {
        try {
            OwnerOnly.folder(folder);
            Path privateFile = folder.resolve(PRIVATE_FILE);
            Path publicFile = folder.resolve(PUBLIC_FILE);
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory factory = KeyFactory.getInstance("Ed25519");
                OwnerOnly.restrict(privateFile, false);
                return new DeviceSigningKey(new KeyPair(
                        factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)))));
            }
            return create(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建本机的事件签名密钥：" + folder, e);
        } catch (GeneralSecurityException e) {
            throw new StoreException("本机的事件签名密钥文件已损坏：" + folder, e);
        }
    }

    /** A new pair, in memory only until {@link #replace} keeps it (once the centre has registered it). */
    public static DeviceSigningKey fresh() {
        try {
            return new DeviceSigningKey(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /** Keeps this pair in {@code folder} as the device's; the pair it replaces is kept under its key id. */
    void replace(Path folder, DeviceSigningKey old) {
        try {
            for (String file : new String[] {PRIVATE_FILE, PUBLIC_FILE}) {
                Path current = folder.resolve(file);
                if (Files.exists(current)) {
                    Files.move(current, folder.resolve(file.replace("ed25519", "ed25519-" + old.keyId)));
                }
            }
            write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("无法更换本机的事件签名密钥：" + folder, e);
        }
    }

    private static DeviceSigningKey create(Path folder) throws IOException {
        DeviceSigningKey key = fresh();
        key.write(folder);
        return key;
    }

    private void write(Path folder) throws IOException {
        OwnerOnly.write(folder.resolve(PRIVATE_FILE), pair.getPrivate().getEncoded());
        OwnerOnly.write(folder.resolve(PUBLIC_FILE), pair.getPublic().getEncoded());
    }

    /** The public key as enrollment sends it ({@code ed25519:…}). */
    public String publicKeyText() {
        return EventSignature.publicKeyText(pair.getPublic());
    }

    public String keyId() {
        return keyId;
    }

    /** This device's signature of the event whose hash is {@code hash}. */
    public String sign(String hash) {
        return EventSignature.sign(pair.getPrivate(), keyId, hash);
    }

    /** The request to go on as a new device with {@code newPublicKey}, signed by this (the old) key. */
    public String signSuccession(String newPublicKey) {
        return EventSignature.signSuccession(pair.getPrivate(), keyId, newPublicKey);
    }
}
