package org.onewindow.central;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;

/**
 * The embedded PostgreSQL's secrets, generated on its first start and kept beside its data directory in
 * {@code postgres.credentials}, readable by the owner only: the superuser's password (administration of the cluster
 * itself), the service role's password, and this data directory's instance id. {@link #lockDown} makes the cluster
 * ask every connection for a password and gives the centre's tables to the service role.
 */
final class EmbeddedCredentials {

    static final String SERVICE_ROLE = "onewindow_service";
    private static final String FILE = "postgres.credentials";
    private static final String HBA = """
            # OneWindow central store (decision record 0020): every connection needs its role's password.
            local   all all                scram-sha-256
            host    all all 127.0.0.1/32   scram-sha-256
            host    all all ::1/128        scram-sha-256
            """;

    private final Path file;
    private Properties values;

    private EmbeddedCredentials(Path file) {
        this.file = file;
    }

    /** The credentials of the cluster whose data is in {@code dataDirectory}, kept next to it. */
    static EmbeddedCredentials beside(Path dataDirectory) {
        return new EmbeddedCredentials(dataDirectory.toAbsolutePath().getParent().resolve(FILE));
    }

    boolean exist() {
        return Files.isRegularFile(file);
    }

    String superuser() {
        return load().getProperty("superuser");
    }

    String service() {
        return load().getProperty("service");
    }

    String instanceId() {
        return load().getProperty("instance");
    }

    /** New passwords and instance id, written whole or not at all, owner-only. */
    void create() throws IOException {
        Properties fresh = new Properties();
        fresh.setProperty("superuser", secret());
        fresh.setProperty("service", secret());
        fresh.setProperty("instance", UUID.randomUUID().toString());
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary);
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        try (OutputStream out = Files.newOutputStream(temporary)) {
            fresh.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "OneWindow central: embedded PostgreSQL");
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        values = fresh;
    }

    private Properties load() {
        if (values == null) {
            Properties read = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                read.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取内置 PostgreSQL 的凭据 " + file, e);
            }
            values = read;
        }
        return values;
    }

    /**
     * Idempotent, on every start: the superuser and the service role have their passwords, the service role owns the
     * schema and every object in it and is no superuser, and the cluster's access rules ask every connection for a
     * password. Run as the superuser while the cluster may still trust local connections (its very first start, or a
     * data directory from a build before this one).
     */
    void lockDown(int port, Path dataDirectory) throws SQLException, IOException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("password", superuser());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", props);
             Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE postgres PASSWORD '" + superuser() + "'");
            s.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
                        END IF;
                    END $$""".formatted(SERVICE_ROLE));
            s.execute("ALTER ROLE " + SERVICE_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '"
                    + service() + "'");
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("ALTER SCHEMA public OWNER TO " + SERVICE_ROLE);
            // Tables first (their own sequences follow them), then what is left: sequences, views, functions.
            s.execute("""
                    DO $$ DECLARE r record; BEGIN
                        FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                                   AND pg_get_userbyid(c.relowner) <> '%1$s' LOOP
                            EXECUTE format('ALTER TABLE public.%%I OWNER TO %1$s', r.relname);
                        END LOOP;
                        FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'public' AND c.relkind = 'S'
                                   AND pg_get_userbyid(c.relowner) <> '%1$s' LOOP
                            EXECUTE format('ALTER SEQUENCE public.%%I OWNER TO %1$s', r.relname);
                        END LOOP;
                        FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')
                                   AND pg_get_userbyid(c.relowner) <> '%1$s' LOOP
                            EXECUTE format('ALTER VIEW public.%%I OWNER TO %1$s', r.relname);
                        END LOOP;
                        FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                 WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '%1$s' LOOP
                            EXECUTE format('ALTER FUNCTION %%s OWNER TO %1$s', r.signature);
                        END LOOP;
                    END $$""".formatted(SERVICE_ROLE));
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                s.execute("SELECT pg_reload_conf()");
            }
        }
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
