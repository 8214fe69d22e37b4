package org.onewindow.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.text.Font;
import org.onewindow.print.BundledFont;

/**
 * The bundled Chinese font ({@link BundledFont}) registered with JavaFX. A fresh Linux machine (and many locked-down hall PCs) has no CJK font,
 * and JavaFX then draws Chinese as empty boxes; registering Noto Sans SC makes the window readable
 * everywhere. The stylesheet names it first.
 *
 * <p>JavaFX copies a font given as a stream to a temporary file on every start (a 10 MB copy, the
 * largest single cost of start-up), so the font is unpacked once into the data directory's cache and
 * loaded from there; when running from the build's class folder it is loaded in place.
 */
public final class WindowFonts {

    private final Path cache;

    /** @param cache a folder of the data directory where unpacked fonts are kept between starts */
    public WindowFonts(Path cache) {
        this.cache = cache;
    }

    /** The regular weight, needed before the first window is styled. */
    public void loadRegular() {
        load(BundledFont.REGULAR.resource());
    }

    /** The bold weight, for headings; may be loaded on another thread at the same time. */
    public void loadBold() {
        load(BundledFont.BOLD.resource());
    }

    private void load(String resource) {
        if (Font.loadFont(fileOf(resource).toUri().toString(), 14) == null) {
            throw new IllegalStateException("the bundled font " + resource + " is unreadable");
        }
    }

    private Path fileOf(String resource) {
        URL url = WindowFonts.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the bundled font " + resource + " is missing");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            return unpacked(url, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled font " + resource, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path unpacked(URL url, String resource) throws IOException {
        Path target = cache.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        long size = url.openConnection().getContentLengthLong();
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, "font", ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        // a font cut short by a crash must never be picked up: it appears whole or not at all
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
