package org.onewindow.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs inside a benchmark child JVM: prints {@code FIRST_WINDOW <epoch millis>} once the first window
 * has been shown and one more frame has been laid out (so it is drawn and takes input), then halts.
 */
final class FirstWindowProbe {

    static final String MARKER = "FIRST_WINDOW ";

    private FirstWindowProbe() {
    }

    /** Call before {@code Application.launch}. */
    static void install() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    window.setOnShown(event -> afterNextPulse(window.getScene()));
                }
            }
        });
    }

    private static void afterNextPulse(Scene scene) {
        Runnable report = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println(MARKER + System.currentTimeMillis());
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        };
        scene.addPostLayoutPulseListener(report);
        Platform.requestNextPulse();
    }
}
