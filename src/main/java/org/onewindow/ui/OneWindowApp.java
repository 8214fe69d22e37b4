package org.onewindow.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.onewindow.store.DataDirectory;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Fonts;
import org.onewindow.ui.app.FxDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.PooledTaskExecutor;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.UncaughtErrors;
import org.onewindow.ui.app.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application and the composition root of the window: every service is made here and
 * handed on by constructors. The window is shown at once with the sign-in screen; the local store
 * and the catalog are opened in the background, and sign-in waits for them.
 */
public final class OneWindowApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OneWindowApp.class);

    private TaskExecutor tasks;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        DataDirectory data = DataDirectory.of(Path.of(Objects.requireNonNull(
                getParameters().getNamed().get("data-dir"), "the launcher passes --data-dir")));
        Fonts fonts = new Fonts(data.root().resolve("cache").resolve("fonts"));
        // the bold weight loads on another core while this thread loads the rest; both before the first frame
        CompletableFuture<Void> bold = CompletableFuture.runAsync(fonts::loadBold);
        fonts.loadRegular();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());

        Localization texts = Localization.chinese();
        DialogService dialogs = new FxDialogService(texts, () -> stage);
        new UncaughtErrors(dialogs, texts).install();
        tasks = new PooledTaskExecutor(2);
        window = new MainWindow(stage, texts, dialogs, tasks);
        bold.join();
        window.show();
        LOG.info("window shown {} ms after the application started", elapsedMillis(started));

        window.open(() -> Workspace.open(data, Clock.systemDefaultZone()), data.logs(),
                () -> LOG.info("data ready {} ms after the application started", elapsedMillis(started)));
    }

    private static long elapsedMillis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (window != null) {
            window.close();
        }
    }
}
