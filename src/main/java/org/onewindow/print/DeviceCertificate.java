package org.onewindow.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * This device's self-signed X.509 certificate (EC P-256) for PDF digital signatures on
 * certificates, kept in the data directory's {@code keys/} folder. Self-signed: a reader shows the
 * signature as intact but of an unknown signer until the hall's certificate is trusted; a CA-issued
 * certificate can replace these files later.
 */
public final class DeviceCertificate implements SignatureInterface {

    private static final String KEY_FILE = "pdf-signing-ec.key";
    private static final String CERTIFICATE_FILE = "pdf-signing-ec.crt";

    private final PrivateKey key;
    private final X509Certificate certificate;

    private DeviceCertificate(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /** Reads the certificate from {@code directory}, creating a self-signed one named after the office. */
    public static DeviceCertificate openOrCreate(Path directory, String officeName, Clock clock) {
        try {
            Files.createDirectories(directory);
            Path keyFile = directory.resolve(KEY_FILE);
            Path certificateFile = directory.resolve(CERTIFICATE_FILE);
            if (Files.exists(keyFile) && Files.exists(certificateFile)) {
                PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile)));
                X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificateFile)));
                return new DeviceCertificate(key, certificate);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + officeName.replaceAll("[,=+<>#;\"\\\\]", " ") + " OneWindow, O=OneWindow");
            Instant now = clock.instant();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)), subject, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyFiles.write(keyFile, pair.getPrivate().getEncoded(), true);
            KeyFiles.write(certificateFile, certificate.getEncoded(), false);
            return new DeviceCertificate(pair.getPrivate(), certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建证照签名证书：" + directory, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("证照签名证书已损坏或无法创建：" + directory, e);
        }
    }


    public X509Certificate certificate() {
        return certificate;
    }

    /** CMS (PKCS#7 detached) signature over the PDF's byte ranges, as PDFBox asks for it. */
    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("证照数字签名失败：" + e.getMessage(), e);
        }
    }
}
