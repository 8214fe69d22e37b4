package org.onewindow.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file with one writer and a few readers. Writes are serialised through one connection
 * (SQLite allows one writer anyway, and a lock in Java is cheaper than a busy wait); readers use WAL
 * snapshots and never wait for a writer. Every write commits with {@code synchronous=FULL}: once
 * {@link #write} returns, the change survives a power cut.
 */
final class Database implements AutoCloseable {

    private static final int READERS = 3;
    /** Page cache in KiB (native memory, not heap): the writer updates several random-keyed indexes per save. */
    private static final int WRITER_CACHE_KIB = 32_768;
    private static final int READER_CACHE_KIB = 16_384;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile BooleanSupplier forbidden = () -> false;
    private volatile Consumer<String> violation = access -> { };
    private final Clock clock;
    private volatile Optional<String> damage = Optional.empty();

    private Database(Path file, Connection writer, Clock clock) {
        this.file = file;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Opens the file (owner-only: 0600, its -wal and -shm follow), migrates it, and checks it (decision record 0021):
     * SQLite's quick_check, and whether the last session ended cleanly or, if not, left its -wal behind — a session
     * that did not end and a -wal that is gone mean committed work is missing. A damaged store still opens (what it
     * holds can be read and printed) but says so, and sync refuses it.
     */
    static Database open(Path file, Clock clock) {
        try {
            OwnerOnly.folder(file.toAbsolutePath().getParent());
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            boolean walWasThere = Files.exists(wal);
            OwnerOnly.file(file);
            Connection writer = config(false, WRITER_CACHE_KIB).createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = writer.createStatement()) {
                // WAL is a property of the file; it must be set outside a transaction, once per open.
                s.execute("PRAGMA journal_mode=WAL");
            }
            writer.setAutoCommit(false);
            Database database = new Database(file, writer, clock);
            Migrations.apply(database, clock);
            database.damage = database.check(walWasThere);
            database.openReaders();
            return database;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("无法打开本地数据库 " + file + "：" + e.getMessage(), e);
        }
    }

    /** What is wrong with the file as it was found, if anything; then this session is marked open in the main file. */
    private Optional<String> check(boolean walWasThere) throws SQLException {
        StringBuilder found = new StringBuilder();
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    found.append(found.length() == 0 ? "" : "；").append(rs.getString(1));
                }
            }
        }
        writer.commit();
        String problem = found.length() == 0 ? "" : "SQLite 完整性检查未通过（" + clip(found.toString()) + "）";
        String previous = write(c -> {
            String state = null;
            try (PreparedStatement select = c.prepareStatement("SELECT state FROM store_session WHERE id = 1");
                 ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    state = rs.getString(1);
                }
            }
            session(c, "OPEN");
            return state;
        });
        if ("OPEN".equals(previous) && !walWasThere) {
            problem += (problem.isEmpty() ? "" : "；") + "上次使用未正常结束，且其预写日志（onewindow.db-wal）已丢失：最近已保存的内容可能缺失";
        }
        // The mark must reach the main file, not only the -wal: a copy of the file alone then shows it. PASSIVE never
        // waits: another program on this store (a command beside the window) may keep part of the -wal for itself.
        writer.setAutoCommit(true);
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } finally {
            writer.setAutoCommit(false);
        }
        return problem.isEmpty() ? Optional.empty() : Optional.of(problem);
    }

    private void session(Connection c, String state) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO store_session (id, state, changed_at) VALUES (1, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET state = excluded.state, changed_at = excluded.changed_at")) {
            upsert.setString(1, state);
            upsert.setString(2, clock.instant().toString());
            upsert.executeUpdate();
        }
    }

    private static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** What the checks on opening found wrong with the file; empty when it is sound. */
    Optional<String> damage() {
        return damage;
    }

    private static SQLiteConfig config(boolean readOnly, int cacheKib) {
        SQLiteConfig config = new SQLiteConfig();
        config.setCacheSize(-cacheKib);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config;
    }

    private void openReaders() throws SQLException {
        for (int i = 0; i < READERS; i++) {
            Connection reader = config(true, READER_CACHE_KIB).createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            allReaders.add(reader);
            readers.add(reader);
        }
    }

    Path file() {
        return file;
    }

    /**
     * Watches for work on a thread that must never wait for the disk (the window's): {@code forbidden} says
     * whether the current thread is one, {@code violation} hears of each access made on it.
     */
    void guard(BooleanSupplier forbidden, Consumer<String> violation) {
        this.forbidden = forbidden;
        this.violation = violation;
    }

    private void checkThread(String access) {
        if (forbidden.getAsBoolean()) {
            violation.accept(access + " of " + file.getFileName() + " on " + Thread.currentThread().getName());
        }
    }

    /** Runs {@code work} in one transaction on the writer: all of it is committed, or none. */
    <T> T write(SqlWork<T> work) {
        checkThread("a write");
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException e) {
                rollback();
                throw new StoreException("本地数据库写入失败，未保存任何内容：" + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                rollback();
                throw e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException suppressed) {
            // The connection is broken; SQLite has already rolled the transaction back itself.
        }
    }

    /** Runs {@code work} on a reader: a consistent snapshot of the last committed state. */
    <T> T read(SqlWork<T> work) {
        checkThread("a read");
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("读取本地数据库时被中断", e);
        }
        try {
            reader.setAutoCommit(false);
            try {
                return work.run(reader);
            } finally {
                reader.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("读取本地数据库失败：" + e.getMessage(), e);
        } finally {
            readers.add(reader);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            for (Connection reader : allReaders) {
                reader.close();
            }
            try {
                session(writer, "CLOSED");
                writer.commit();
            } catch (SQLException e) {
                rollback();
            }
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("关闭本地数据库失败：" + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
