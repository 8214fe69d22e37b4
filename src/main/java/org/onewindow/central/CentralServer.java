package org.onewindow.central;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.CaseLookup;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.codec.sync.KeyRegistration;
import org.onewindow.codec.sync.PasswordChange;
import org.onewindow.codec.sync.ProblemReport;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.codec.sync.Succession;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central store's HTTP service. It keeps nothing between requests (every fact is in PostgreSQL), so any number
 * of instances can serve behind a load balancer. Every request is authenticated before its body is read, and every
 * body is read against the endpoint's own limit, counted as it arrives. Every refusal — the service's and Jetty's
 * own — is a {@link ProblemReport} in Chinese; failed authentication is audited.
 */
public final class CentralServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);
    private static final String DEVICE = "device";
    private static final String SYSTEM = "backoffice-system";
    private static final int MAX_THREADS = 64;
    /** Enrollment, lookups, keys, passwords: a few hundred bytes each. */
    static final int SMALL_BODY = 16 * 1024;
    /** A back-office step: a department, a note. */
    static final int STEP_BODY = 64 * 1024;

    private final DataSource dataSource;
    private final Devices devices;
    private final BackOfficeSystems backOfficeSystems;
    private final EventIngest ingest;
    private final ChangeFeed feed;
    private final CaseFiles caseFiles;
    private final BackOfficeDesk desk;
    private final Users users;
    private final Audit audit;
    private final CentralMetrics metrics = new CentralMetrics();
    private final String openApi;
    private final boolean monitoringOpen;
    private final String monitoringToken;
    private final Javalin app;

    private CentralServer(DataSource dataSource, Clock clock, CentralOptions options) {
        this.dataSource = dataSource;
        this.devices = new Devices(dataSource, clock);
        this.backOfficeSystems = new BackOfficeSystems(dataSource, clock);
        this.ingest = new EventIngest(dataSource, clock);
        this.feed = new ChangeFeed(dataSource);
        this.caseFiles = new CaseFiles(dataSource, clock);
        this.desk = new BackOfficeDesk(dataSource, clock);
        this.users = new Users(dataSource, clock);
        this.audit = new Audit(dataSource, clock);
        this.openApi = resource("openapi.json");
        this.monitoringOpen = loopback(options.host());
        this.monitoringToken = options.monitoringToken();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = PushRequest.MAX_BYTES;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            // Requests beyond what the connection pool can serve wait in Jetty's queue, not for a connection.
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(16 * 1024);
                http.setSendServerVersion(false);
            });
            if (options.tls()) {
                config.jetty.addConnector((server, http) -> tlsConnector(server, http, options));
            }
            routes(config.routes);
        });
    }

    /** Starts a service on the options' address; port 0 picks a free port. */
    public static CentralServer start(DataSource dataSource, Clock clock, CentralOptions options) {
        CentralServer server = new CentralServer(dataSource, clock, options);
        server.app.start();
        LOG.info("中心库服务已启动：{}://{}:{}", options.tls() ? "https" : "http", options.host(), server.port());
        return server;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static ServerConnector tlsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration http,
                                                CentralOptions options) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(options.keystore().toString());
        ssl.setKeyStorePassword(options.keystorePassword());
        ssl.setKeyStoreType("PKCS12");
        HttpConfiguration https = new HttpConfiguration(http);
        // Windows reach the service by whatever name or address the hall's network gives it.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(options.host());
        connector.setPort(options.port());
        return connector;
    }

    private void routes(RoutesConfig routes) {
        routes.before(ctx -> metrics.increment("http_requests_total"));
        routes.after(ctx -> {
            int status = ctx.statusCode();
            if (status >= 400) {
                metrics.increment(status >= 500 ? "http_errors_5xx_total" : "http_errors_4xx_total");
            }
        });
        routes.before("/api/sync/*", ctx -> ctx.attribute(DEVICE, authenticated(ctx, () -> devices.authenticate(bearer(ctx)))));
        routes.before("/api/backoffice/*", ctx -> ctx.attribute(SYSTEM,
                authenticated(ctx, () -> backOfficeSystems.authenticate(bearer(ctx)))));
        routes.before("/metrics", this::requireMonitoring);
        routes.before("/openapi.json", this::requireMonitoring);

        routes.get("/health", this::health);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render()));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));

        routes.post("/api/enroll", ctx -> json(ctx, 200,
                devices.enroll(body(ctx, EnrollRequest.class, SMALL_BODY), source(ctx))));
        routes.post("/api/sync/push", this::push);
        routes.get("/api/sync/pull", this::pull);
        routes.get("/api/sync/standing", ctx -> json(ctx, 200, devices.standing(ctx.attribute(DEVICE))));
        routes.post("/api/sync/case-lookup", ctx -> json(ctx, 200,
                caseFiles.lookUp(ctx.attribute(DEVICE), body(ctx, CaseLookup.class, SMALL_BODY), source(ctx))));
        routes.get("/api/sync/cases/{caseNumber}", ctx -> {
            throw new ApiException(410, "按编号调取案件须同时核对申请人证件号码，请升级一窗通后再试");
        });
        routes.post("/api/sync/succession", ctx -> json(ctx, 200,
                devices.succeed(ctx.attribute(DEVICE), body(ctx, Succession.class, SMALL_BODY), source(ctx))));
        routes.post("/api/sync/device-key", ctx -> json(ctx, 200, Map.of("keyId", devices.registerKey(ctx.attribute(DEVICE),
                body(ctx, KeyRegistration.class, SMALL_BODY).publicKey(), source(ctx)))));
        routes.post("/api/sync/password", ctx -> json(ctx, 200,
                users.changePassword(ctx.attribute(DEVICE), body(ctx, PasswordChange.class, SMALL_BODY), source(ctx))));

        routes.get("/api/backoffice/cases/{caseNumber}", ctx -> json(ctx, 200,
                desk.fetch(ctx.attribute(SYSTEM), ctx.pathParam("caseNumber"), source(ctx))));
        routes.post("/api/backoffice/cases/{caseNumber}/review", ctx -> step(ctx, EventType.REVIEW_STARTED));
        routes.post("/api/backoffice/cases/{caseNumber}/decision", ctx -> step(ctx, EventType.DECIDED));
        routes.post("/api/backoffice/cases/{caseNumber}/clock-pause", ctx -> step(ctx, EventType.CLOCK_PAUSED));
        routes.post("/api/backoffice/cases/{caseNumber}/clock-resume", ctx -> step(ctx, EventType.CLOCK_RESUMED));
        routes.post("/api/backoffice/cases/{caseNumber}/conclusion", ctx -> step(ctx, EventType.CONCLUDED));

        routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), e.getStatus() == 413
                ? RequestReader.tooLarge(PushRequest.MAX_BYTES).getMessage() : ProblemErrorHandler.message(e.getStatus())));
        routes.exception(CentralStoreException.class, (e, ctx) -> {
            LOG.error("数据库操作失败", e);
            problem(ctx, 503, "中心库暂时不可用，请稍后重试");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("未预期的错误：{} {}", ctx.method(), ctx.path(), e);
            problem(ctx, 500, "中心库内部错误，已记录日志");
        });
        routes.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                problem(ctx, 404, "没有这个接口：" + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> problem(ctx, 405, "接口不支持此方法：" + ctx.method() + " " + ctx.path()));
    }

    @FunctionalInterface
    private interface Authentication<T> {
        T run();
    }

    /** The credential's holder; a refused credential is audited with where it came from and what it asked for. */
    private <T> T authenticated(Context ctx, Authentication<T> authentication) {
        try {
            return authentication.run();
        } catch (ApiException refused) {
            if (refused.status() == 401 || refused.status() == 403) {
                audit.record("(未认证)", Audit.Action.AUTH_FAILED, ctx.method() + " " + ctx.path(), refused.getMessage(),
                        source(ctx));
            }
            throw refused;
        }
    }

    /**
     * Off loopback, what the service is built of and how busy it is are for monitoring only: its token, compared in
     * constant time. On loopback they stay open, as on a developer's machine.
     */
    private void requireMonitoring(Context ctx) {
        if (monitoringOpen) {
            return;
        }
        String header = ctx.header("Authorization");
        boolean presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        if (monitoringToken == null || monitoringToken.isBlank() || !presented
                || !MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                monitoringToken.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.unauthorized("监控接口须带监控令牌：Authorization: Bearer <令牌>（--monitoring-token）");
        }
    }

    private void push(Context ctx) {
        Device device = ctx.attribute(DEVICE);
        PushRequest request = body(ctx, PushRequest.class, PushRequest.MAX_BYTES);
        if (request.events().size() > PushRequest.MAX_EVENTS) {
            throw new ApiException(413, "一批最多 " + PushRequest.MAX_EVENTS + " 条事件，本批 " + request.events().size() + " 条，请分批上传");
        }
        if (!request.deviceId().equals(device.deviceId())) {
            throw ApiException.forbidden("令牌属于设备 " + device.deviceId() + "，不能以设备 " + request.deviceId() + " 的名义上传");
        }
        List<EventOutcome> outcomes = ingest.ingest(device, request.events());
        for (EventOutcome outcome : outcomes) {
            metrics.increment("events_" + outcome.outcome().name().toLowerCase() + "_total");
        }
        json(ctx, 200, new PushResult(outcomes));
    }

    private void pull(Context ctx) {
        String limit = ctx.queryParam("limit");
        int pageSize;
        try {
            pageSize = limit == null ? ChangeFeed.DEFAULT_PAGE : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit 应为整数");
        }
        ChangeFeed.Page response = feed.pull(ctx.attribute(DEVICE), ctx.queryParam("cursor"), pageSize);
        metrics.increment("pulls_total");
        metrics.add("pulled_events_total", response.events().size());
        json(ctx, 200, response);
    }

    private void step(Context ctx, EventType type) {
        CaseEvent event = desk.record(ctx.attribute(SYSTEM), ctx.pathParam("caseNumber"),
                RequestReader.readStep(bounded(ctx, STEP_BODY), type), source(ctx));
        metrics.increment("backoffice_steps_total");
        json(ctx, 201, event);
    }

    /** Up or down, for load balancers; what went wrong is in the log, not in the answer. */
    private void health(Context ctx) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            json(ctx, 200, Map.of("status", "UP"));
        } catch (SQLException e) {
            LOG.warn("健康检查：数据库不可用", e);
            json(ctx, 503, Map.of("status", "DOWN", "message", "数据库不可用"));
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw ApiException.unauthorized("缺少凭据：请求头应带 Authorization: Bearer <令牌>");
        }
        return header.substring(7).strip();
    }

    /** Where a request came from, for the audit. */
    private static String source(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        return address == null ? "" : address;
    }

    private static <T> T body(Context ctx, Class<T> type, int limit) {
        return RequestReader.read(bounded(ctx, limit), type);
    }

    private static byte[] bounded(Context ctx, int limit) {
        try {
            return RequestReader.bounded(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), limit);
        } catch (IOException e) {
            throw ApiException.badRequest("无法读取请求体（连接中断）");
        }
    }

    private static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(value));
    }

    private static void problem(Context ctx, int status, String message) {
        json(ctx, status, new ProblemReport(status, message));
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String resource(String name) {
        try (InputStream in = CentralServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
