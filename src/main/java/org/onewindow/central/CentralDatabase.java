package org.onewindow.central;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central store's PostgreSQL: the one given by JDBC URL in production, or an embedded one whose data is kept
 * under the data directory. Migrated by Flyway on open; connections pooled by HikariCP.
 *
 * <p>The embedded one trusts no local connection (decision record 0020): every role needs its password
 * (scram-sha-256), the superuser's and the service's are generated on first start and kept beside the data in a file
 * only the owner can read, and the service connects as a role that owns the centre's tables and nothing more, so no
 * request can reach {@code COPY … TO PROGRAM}. A PostgreSQL already answering on the port is used only when this data
 * directory's credentials open it and its instance id is this data directory's.
 */
public final class CentralDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralDatabase.class);
    public static final int DEFAULT_EMBEDDED_PORT = 54329;

    private final HikariDataSource pool;
    private final EmbeddedPostgres embedded;
    private final String user;
    private final String password;

    private CentralDatabase(HikariDataSource pool, EmbeddedPostgres embedded, String user, String password) {
        this.pool = pool;
        this.embedded = embedded;
        this.user = user;
        this.password = password;
    }

    /** Any PostgreSQL by JDBC URL. */
    public static CentralDatabase connect(String jdbcUrl, String user, String password, int poolSize) {
        return open(jdbcUrl, user, password, poolSize, null);
    }

    /**
     * The embedded PostgreSQL keeping its data in {@code dataDirectory}. If a central service on this machine already
     * runs it on {@code port}, that one is used (so admin commands work beside the service) — only if it is this data
     * directory's: its credentials must open it and its instance id must be the one kept here.
     */
    public static CentralDatabase embedded(Path dataDirectory, int port, int poolSize) {
        EmbeddedCredentials credentials = EmbeddedCredentials.beside(dataDirectory);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        if (port != 0 && listening(port)) {
            if (!credentials.exist()) {
                throw refused(dataDirectory, port, "此数据目录下没有它的数据库凭据");
            }
            if (!opens(url, EmbeddedCredentials.SERVICE_ROLE, credentials.service())) {
                throw refused(dataDirectory, port, "此数据目录的凭据打不开它");
            }
            LOG.info("使用本机已运行的内置 PostgreSQL（端口 {}）", port);
            CentralDatabase database = open(url, EmbeddedCredentials.SERVICE_ROLE, credentials.service(), poolSize, null);
            database.requireInstance(credentials, dataDirectory, port);
            return database;
        }
        EmbeddedPostgres postgres = startEmbedded(dataDirectory, port, credentials);
        try {
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            CentralDatabase database = open(jdbcUrl, EmbeddedCredentials.SERVICE_ROLE, credentials.service(), poolSize, postgres);
            database.requireInstance(credentials, dataDirectory, postgres.getPort());
            return database;
        } catch (RuntimeException e) {
            stop(postgres);
            throw e;
        }
    }

    private static IllegalStateException refused(Path dataDirectory, int port, String why) {
        return new IllegalStateException("端口 " + port + " 上运行的 PostgreSQL 不是数据目录 " + dataDirectory.getParent()
                + " 的中心库（" + why + "），已拒绝操作。请用 --data-dir 指向运行中的中心库的数据目录，或用 --pg-port 指定其端口");
    }

    /**
     * Starts the embedded server and locks it down. The library turns {@code synchronous_commit} off for speed; the
     * system of record must not acknowledge an event it could lose, so it is turned back on here.
     */
    private static EmbeddedPostgres startEmbedded(Path dataDirectory, int port, EmbeddedCredentials credentials) {
        try {
            Files.createDirectories(dataDirectory);
            boolean firstStart = !credentials.exist();
            if (firstStart) {
                credentials.create();
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", credentials.superuser());
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            try {
                credentials.lockDown(postgres.getPort(), dataDirectory);
            } catch (SQLException | IOException | RuntimeException e) {
                stop(postgres);
                throw new IllegalStateException("无法为内置 PostgreSQL 设置口令与服务账户（数据目录 " + dataDirectory + "）", e);
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内置 PostgreSQL（数据目录 " + dataDirectory + "）", e);
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean opens(String url, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        try (Connection ignored = DriverManager.getConnection(url, props)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static CentralDatabase open(String url, String user, String password, int poolSize, EmbeddedPostgres embedded) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("central");
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/central").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new CentralDatabase(pool, embedded, user, password);
    }

    /** The data directory's instance id must be the database's: the first open writes it, every later one compares. */
    private void requireInstance(EmbeddedCredentials credentials, Path dataDirectory, int port) {
        String expected = credentials.instanceId();
        String found = Sql.inTransaction(pool, c -> {
            try (PreparedStatement claim = c.prepareStatement(
                    "INSERT INTO central_instance (id, instance_id) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")) {
                claim.setString(1, expected);
                claim.executeUpdate();
            }
            try (Statement select = c.createStatement();
                 ResultSet row = select.executeQuery("SELECT instance_id FROM central_instance WHERE id = 1")) {
                row.next();
                return row.getString(1);
            }
        });
        if (!found.equals(expected)) {
            close();
            throw refused(dataDirectory, port, "其实例标识与此数据目录记录的不同");
        }
    }

    /** Whether the database answers now, on a connection of its own and within a few seconds (the watchdog asks). */
    public boolean answers() {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        props.setProperty("socketTimeout", "5");
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), props);
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether this is the embedded PostgreSQL of a data directory (which this process started). */
    public boolean embeddedHere() {
        return embedded != null;
    }

    public String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    /** The role the service connects as (for a second service process over the same database, as in tests). */
    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            stop(embedded);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("内置 PostgreSQL 未能正常停止", e);
        }
    }
}
