package org.onewindow.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The bundled Chinese font. A fresh Linux machine (and many locked-down hall PCs) has no CJK font,
 * and JavaFX then draws Chinese as empty boxes; loading Noto Sans SC from the class path makes the
 * window readable everywhere. The stylesheet names it first.
 */
public final class Fonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String[] FILES = {
        "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf",
        "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf"
    };

    private Fonts() {
    }

    /** Registers the bundled font with JavaFX; call before the first scene is styled. */
    public static void loadBundled() {
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("the bundled font " + file + " is missing or unreadable");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
