package org.onewindow.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.staff.Role;
import org.onewindow.testing.TestClock;

/**
 * One real embedded PostgreSQL and one real HTTP service on loopback, shared by a test class
 * ({@code @RegisterExtension static final CentralFixture central = new CentralFixture();}), stopped after
 * the class. Tests keep apart by using their own hall, devices and users.
 */
public final class CentralFixture implements AutoCloseable, AfterAllCallback {

    /** A valid hash in the client store's format (of "Some@2026"); the service only stores and syncs it. */
    public static final String SOME_PASSWORD_HASH = org.onewindow.store.PasswordHash.hash("Some@2026".toCharArray());

    public final Path directory;
    public final CentralDatabase database;
    public final Devices devices;
    public final Users users;
    public final BackOfficeSystems backOffice;
    public final Publications publications;
    /** The centre's clock, on the windows' day; tests move it to expire codes or age tokens. */
    public final TestClock clock = TestClock.ticking(TestClock.MONDAY_MORNING);
    private CentralServer server;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public CentralFixture() {
        try {
            directory = Files.createTempDirectory("central-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Laid out as the central store's program lays out its data directory, so its admin commands find it.
        database = CentralDatabase.embedded(directory.resolve("central").resolve("pgdata"), 0, 16);
        devices = new Devices(database.dataSource(), clock);
        users = new Users(database.dataSource(), clock);
        backOffice = new BackOfficeSystems(database.dataSource(), clock);
        publications = new Publications(database.dataSource());
        startServer();
    }

    /** Starts the service; after a stop, on the same port, so enrolled windows find it again. */
    public void startServer() {
        server = CentralServer.start(database.dataSource(), clock, CentralOptions.loopback(port));
        port = server.port();
    }

    public void stopServer() {
        server.close();
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A fresh hall with an enrolled device in it. */
    public Enrollment enrollNewDevice(String hall) {
        return devices.enroll(new EnrollRequest(devices.issueEnrollmentCode(hall, "330100", Duration.ofHours(1)),
                UUID.randomUUID().toString(), "AAAA", ""));
    }

    public void addUser(String userId, Role role, String hall) {
        users.put(new UserAccount(userId, userId, role, hall, SOME_PASSWORD_HASH, false));
    }

    /** {@code onewindow-central admin ARGS} against this centre's database, as an administrator types it. */
    public String[] adminArguments(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", directory.toString(), "admin"));
        all.addAll(List.of(args));
        all.addAll(List.of("--pg-port", Integer.toString(URI.create(database.jdbcUrl().substring("jdbc:".length())).getPort())));
        return all.toArray(String[]::new);
    }

    /** The embedded cluster's superuser password (tests that build schemas of their own, as an old build would have). */
    public String superuserPassword() {
        java.util.Properties credentials = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(directory.resolve("central").resolve("postgres.credentials"))) {
            credentials.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return credentials.getProperty("superuser");
    }

    public HttpResponse<String> post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** What the centre answered: the status and the problem's JSON (chunking stripped). */
    public record Answer(int status, String json) {
    }

    /**
     * A POST whose headers declare {@code contentLength} bytes and whose body is never sent: how a centre that refuses
     * a body by its declared length answers. (A client still writing a large body when the centre answers and closes
     * gets a broken pipe, and the JDK's client then reports no answer at all.)
     */
    public Answer postDeclaringLength(String path, String token, long contentLength) {
        URI uri = URI.create(url());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = socket.getInputStream().read(buffer); read >= 0; read = socket.getInputStream().read(buffer)) {
                    received.write(buffer, 0, read);
                    String text = received.toString(java.nio.charset.StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.trim().endsWith("}") || text.endsWith("\r\n0\r\n\r\n")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException closedLate) {
                // what arrived is the answer
            }
            String text = received.toString(java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(text.indexOf(' ') + 1, text.indexOf(' ') + 4));
            String body = text.substring(text.indexOf("\r\n\r\n") + 4);
            return new Answer(status, body.isEmpty() ? "" : body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... args) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String queryText(String sql) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet row = s.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
