package org.onewindow.central;

import java.nio.file.Path;

/**
 * How the service listens.
 *
 * @param keystore        PKCS#12 keystore with the server certificate; null for plain HTTP (loopback only unless
 *                        explicitly allowed)
 * @param monitoringToken what {@code /metrics} and {@code /openapi.json} require off loopback; null or blank keeps
 *                        them closed there
 */
public record CentralOptions(String host, int port, Path keystore, String keystorePassword, String monitoringToken) {

    public CentralOptions(String host, int port, Path keystore, String keystorePassword) {
        this(host, port, keystore, keystorePassword, null);
    }

    public static CentralOptions loopback(int port) {
        return new CentralOptions("127.0.0.1", port, null, null, null);
    }

    public boolean tls() {
        return keystore != null;
    }
}
