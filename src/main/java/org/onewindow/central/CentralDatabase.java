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
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central store's PostgreSQL: the one given by JDBC URL in production, or an embedded one whose
 * data is kept under the data directory. Migrated by Flyway on open; connections pooled by HikariCP.
 */
public final class CentralDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CentralDatabase.class);
    public static final int DEFAULT_EMBEDDED_PORT = 54329;

    private final HikariDataSource pool;
    private final EmbeddedPostgres embedded;

    private CentralDatabase(HikariDataSource pool, EmbeddedPostgres embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    /** Any PostgreSQL by JDBC URL. */
    public static CentralDatabase connect(String jdbcUrl, String user, String password, int poolSize) {
        return open(jdbcUrl, user, password, poolSize, null);
    }

    /**
     * The embedded PostgreSQL keeping its data in {@code dataDirectory}. If a central service on this
     * machine already runs it on {@code port}, that one is used, so admin commands work beside the service.
     */
    public static CentralDatabase embedded(Path dataDirectory, int port, int poolSize) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        if (port != 0 && answers(url)) {
            LOG.info("使用本机已运行的内置 PostgreSQL（端口 {}）", port);
            return open(url, "postgres", "", poolSize, null);
        }
        EmbeddedPostgres postgres = startEmbedded(dataDirectory, port);
        return open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", poolSize, postgres);
    }

    /**
     * Starts the embedded server. The library turns {@code synchronous_commit} off for speed; the
     * system of record must not acknowledge an event it could lose, so it is turned back on here.
     */
    public static EmbeddedPostgres startEmbedded(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200");
            if (port != 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内置 PostgreSQL（数据目录 " + dataDirectory + "）", e);
        }
    }

    private static boolean answers(String url) {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("connectTimeout", "2");
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
        return new CentralDatabase(pool, embedded);
    }

    public String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("内置 PostgreSQL 未能正常停止", e);
            }
        }
    }
}
