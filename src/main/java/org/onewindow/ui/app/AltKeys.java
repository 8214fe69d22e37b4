package org.onewindow.ui.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Alt+letter keys written on a screen ("委托代理人办理 (Alt+A)"), handled by the screen itself: JavaFX's own
 * mnemonics did nothing at the counter (a hidden step's controls took the same letters, and a window manager may
 * keep Alt), so the letters are plain key handlers on the part of the screen that shows them.
 */
public final class AltKeys {

    private final Map<KeyCode, BooleanSupplier> actions = new LinkedHashMap<>();

    private AltKeys() {
    }

    public static AltKeys on(Node part) {
        AltKeys keys = new AltKeys();
        part.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && !event.isControlDown() && !event.isShiftDown() && !event.isMetaDown()) {
                BooleanSupplier action = keys.actions.get(event.getCode());
                if (action != null && action.getAsBoolean()) {
                    event.consume();
                }
            }
        });
        return keys;
    }

    /** {@code action} answers whether it used the key; a key it did not use goes on to whoever else takes it. */
    public AltKeys key(KeyCode letter, BooleanSupplier action) {
        actions.put(letter, action);
        return this;
    }
}
