package org.onewindow.sync;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.CaseFile;
import org.onewindow.codec.sync.CaseLookup;
import org.onewindow.codec.sync.DeviceStanding;
import org.onewindow.codec.sync.KeyRegistration;
import org.onewindow.codec.sync.PasswordChange;
import org.onewindow.codec.sync.Succession;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.ProblemReport;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;

/**
 * The central store's API as the window calls it (java.net.http). A request that got no answer
 * or a 5xx is "unreachable" and is simply tried again later: push and pull are idempotent.
 */
public final class CentralClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI server;
    private final String token;

    public CentralClient(URI server, String token) {
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        this.server = withoutTrailingSlash(server);
        this.token = token;
    }

    /** Enrolls this device with a one-time code; needs no token. */
    public static Enrollment enroll(URI server, EnrollRequest request) throws CentralUnreachableException, CentralRefusedException {
        return new CentralClient(server, "").send(post("/api/enroll", request, server, null), Enrollment.class);
    }

    public PushResult push(PushRequest request) throws CentralUnreachableException, CentralRefusedException {
        return send(post("/api/sync/push", request, server, token), PushResult.class);
    }

    public PullResponse pull(String cursor, int limit) throws CentralUnreachableException, CentralRefusedException {
        return send(get("/api/sync/pull?limit=" + limit + "&cursor=" + encode(cursor)), PullResponse.class);
    }

    /**
     * A case received at another window of this region, by its number and its applicant's document number (the second
     * factor the centre asks for), so this window can record a supplement for it.
     */
    public CaseFile fetchCase(String caseNumber, String applicantIdNumber)
            throws CentralUnreachableException, CentralRefusedException {
        return send(post("/api/sync/case-lookup", new CaseLookup(caseNumber.strip(), applicantIdNumber.strip()), server, token),
                CaseFile.class);
    }

    /** Where this device's chain ends at the centre. */
    public DeviceStanding standing() throws CentralUnreachableException, CentralRefusedException {
        return send(get("/api/sync/standing"), DeviceStanding.class);
    }

    /** A restored window goes on as a new device (decision record 0021). */
    public Enrollment succeed(Succession request) throws CentralUnreachableException, CentralRefusedException {
        return send(post("/api/sync/succession", request, server, token), Enrollment.class);
    }

    /** Registers the key of a window enrolled before it signed; answers the key's id. */
    public String registerKey(String publicKey) throws CentralUnreachableException, CentralRefusedException {
        return send(post("/api/sync/device-key", new KeyRegistration(publicKey), server, token), KeyAnswer.class).keyId();
    }

    /** The centre's answer to a key registration. */
    record KeyAnswer(String keyId) {
    }

    /** A person of this hall changes their password; the centre checks the current one. */
    public UserAccount changePassword(PasswordChange change) throws CentralUnreachableException, CentralRefusedException {
        return send(post("/api/sync/password", change, server, token), UserAccount.class);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(server.resolve(server.getPath() + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String path, Object body, URI server, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(server.getPath() + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private <T> T send(HttpRequest request, Class<T> type) throws CentralUnreachableException, CentralRefusedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CentralUnreachableException("无法连接中心库 " + server + "：" + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentralUnreachableException("同步被中断", e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new CentralUnreachableException("中心库暂时不可用（" + status + "）：" + message(response), null);
        }
        if (status >= 400) {
            throw new CentralRefusedException(status, message(response));
        }
        try {
            return Json.readMessage(response.body(), type);
        } catch (RuntimeException e) {
            throw new CentralUnreachableException("中心库的应答无法识别（版本不一致？）：" + e.getMessage(), e);
        }
    }

    private static String message(HttpResponse<String> response) {
        try {
            return Json.readMessage(response.body(), ProblemReport.class).message();
        } catch (RuntimeException e) {
            return "HTTP " + response.statusCode();
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "CentralClient[" + server + "]";
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
