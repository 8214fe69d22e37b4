package org.onewindow.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.onewindow.domain.caselog.CaseFold;
import org.sqlite.SQLiteConfig;

/**
 * Backups of the window's store (decision record 0021): taken while the window works, with SQLite's online backup API
 * (a consistent copy whatever is being written, never a file copy that may miss the -wal), owner-only, named by the
 * time they were taken; kept {@value #DEFAULT_KEEP_DAYS} days. A restore puts a checked backup in place of the store,
 * keeps the store it replaces beside it, and leaves the window to go on as a new device at its next sync.
 */
public final class Backups {

    public static final int DEFAULT_KEEP_DAYS = 14;
    private static final String PREFIX = "onewindow-";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    /** Where the automatic backups of this data directory go. */
    public static Path folder(DataDirectory data) {
        return data.root().resolve("backups");
    }

    /** Backs the database file up into {@code target}, online, and checks the copy. */
    public static Path backUp(Path databaseFile, Path target) {
        try {
            OwnerOnly.folder(target.toAbsolutePath().getParent());
            Files.deleteIfExists(target);
            OwnerOnly.file(target);
            try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
                 Statement s = source.createStatement()) {
                s.executeUpdate("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            check(target);
            return target;
        } catch (SQLException e) {
            throw new StoreException("备份失败：" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入备份文件 " + target, e);
        }
    }

    /** A new backup in the data directory's backup folder, named by the clock. */
    public static Path backUpNow(DataDirectory data, Clock clock) {
        String name = PREFIX + NAME.format(LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE)) + ".db";
        return backUp(data.database(), folder(data).resolve(name));
    }

    /** The backups in the folder, newest first, with the time their name says they were taken. */
    public record Backup(Path file, Instant takenAt) {
    }

    public static List<Backup> list(DataDirectory data) {
        Path folder = folder(data);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                takenAt(file).ifPresent(at -> backups.add(new Backup(file, at)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取备份目录 " + folder, e);
        }
        backups.sort((a, b) -> b.takenAt().compareTo(a.takenAt()));
        return backups;
    }

    private static Optional<Instant> takenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".db")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.substring(PREFIX.length(), name.length() - 3), NAME)
                    .atZone(CaseFold.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Removes automatic backups older than {@code keep}; returns how many. */
    public static int prune(DataDirectory data, Clock clock, Duration keep) {
        Instant oldest = clock.instant().minus(keep);
        int removed = 0;
        for (Backup backup : list(data)) {
            if (backup.takenAt().isBefore(oldest)) {
                try {
                    Files.deleteIfExists(backup.file());
                    removed++;
                } catch (IOException e) {
                    throw new UncheckedIOException("无法删除过期备份 " + backup.file(), e);
                }
            }
        }
        return removed;
    }

    /** Throws unless {@code file} is a sound SQLite database of this program. */
    public static void check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("备份文件不存在：" + file);
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new StoreException("备份文件已损坏（SQLite 完整性检查未通过）：" + file);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM event")) {
                rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("不是一窗通的数据库备份：" + file + "（" + e.getMessage() + "）", e);
        }
    }

    /**
     * Puts a checked backup in place of the data directory's store, which must be closed; the store it replaces is kept
     * beside it ({@code onewindow.db.before-restore-…}). Returns where that is.
     */
    static Path replace(DataDirectory data, Path backup, Clock clock) {
        check(backup);
        Path database = data.database();
        try {
            Path incoming = database.resolveSibling(database.getFileName() + ".restoring");
            Files.deleteIfExists(incoming);
            backUp(backup, incoming);
            Path kept = database.resolveSibling(database.getFileName() + ".before-restore-"
                    + NAME.format(LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE)));
            if (Files.exists(database)) {
                Files.move(database, kept);
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, kept.resolveSibling(kept.getFileName() + suffix));
                }
            }
            Files.move(incoming, database, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("恢复失败：无法替换 " + database, e);
        }
    }
}
