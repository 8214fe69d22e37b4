package org.onewindow.ui.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an exception nobody caught is logged with its stack trace and the clerk
 * sees a calm message instead of a window that silently stops responding.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    private final Localization texts;
    private final AtomicBoolean showing = new AtomicBoolean();

    public UncaughtErrors(DialogService dialogs, Localization texts) {
        this.dialogs = dialogs;
        this.texts = texts;
    }

    /** Installs this handler for every thread, the JavaFX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("uncaught exception in {}", thread.getName(), error);
        // later, never inside the failing layout or animation pulse; one dialog even if errors repeat
        if (showing.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                try {
                    dialogs.showError(texts.get("error.unexpected.title"), texts.get("error.unexpected.message"));
                } finally {
                    showing.set(false);
                }
            });
        }
    }
}
