package org.onewindow.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.sql.Connection;
import java.time.Clock;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Statement;
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

    private Database(Path file, Connection writer) {
        this.file = file;
        this.writer = writer;
    }

    static Database open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection writer = config(false, WRITER_CACHE_KIB).createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = writer.createStatement()) {
                // WAL is a property of the file; it must be set outside a transaction, once per open.
                s.execute("PRAGMA journal_mode=WAL");
            }
            writer.setAutoCommit(false);
            Database database = new Database(file, writer);
            Migrations.apply(database, clock);
            database.openReaders();
            return database;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("无法打开本地数据库 " + file + "：" + e.getMessage(), e);
        }
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
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("关闭本地数据库失败：" + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
