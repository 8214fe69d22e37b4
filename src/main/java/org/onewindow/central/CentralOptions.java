package org.onewindow.central;

import java.nio.file.Path;

/**
 * How the service listens.
 *
 * @param keystore PKCS#12 keystore with the server certificate; null for plain HTTP (loopback only
 *                 unless explicitly allowed)
 */
public record CentralOptions(String host, int port, Path keystore, String keystorePassword) {

    public static CentralOptions loopback(int port) {
        return new CentralOptions("127.0.0.1", port, null, null);
    }

    public boolean tls() {
        return keystore != null;
    }
}
