package org.onewindow.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where this installation keeps its database, printed documents, keys and logs: the user's data
 * directory by default ({@code %APPDATA%\OneWindow} on Windows, {@code $XDG_DATA_HOME/onewindow} or
 * {@code ~/.local/share/onewindow} elsewhere), or the directory given by {@code --data-dir}.
 */
public record DataDirectory(Path root) {

    public static DataDirectory defaultForUser() {
        String appData = System.getenv("APPDATA");
        if (appData != null && !appData.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
            return new DataDirectory(Path.of(appData, "OneWindow"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new DataDirectory(base.resolve("onewindow"));
    }

    public static DataDirectory of(Path root) {
        return root == null ? defaultForUser() : new DataDirectory(root.toAbsolutePath());
    }

    /** Creates the directory if needed and returns it. */
    public Path ensureCreated() {
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 " + root, e);
        }
    }

    public Path database() {
        return root.resolve("onewindow.db");
    }

    public Path documents() {
        return root.resolve("documents");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Seal images the centre published for the hall and its authorities. */
    public Path seals() {
        return root.resolve("seals");
    }

    public Path keys() {
        return root.resolve("keys");
    }
}
