package org.onewindow.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.onewindow.app.Workstation;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.store.DataDirectory;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.FxDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.PooledTaskExecutor;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.UncaughtErrors;
import org.onewindow.ui.app.WindowFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application and the composition root of the window: every service is made here and
 * handed on by constructors, the hall's clock among them (nothing else reads the system clock). The window is shown at once with the sign-in screen; the local store
 * and the catalog are opened in the background, and sign-in waits for them.
 */
public final class OneWindowApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OneWindowApp.class);

    private Stage stage;
    private DataDirectory data;
    private boolean demo;
    private TaskExecutor tasks;
    private Workstation workstation;
    private MainWindow window;

    @Override
    public void start(Stage primaryStage) {
        long started = System.nanoTime();
        stage = primaryStage;
        data = DataDirectory.of(Path.of(Objects.requireNonNull(
                getParameters().getNamed().get("data-dir"), "the launcher passes --data-dir")));
        demo = Boolean.parseBoolean(getParameters().getNamed().getOrDefault("demo", "false"));
        WindowFonts fonts = new WindowFonts(data.root().resolve("cache").resolve("fonts"));
        // the bold weight loads on another core while this thread loads the rest; both before the first frame
        CompletableFuture<Void> bold = CompletableFuture.runAsync(fonts::loadBold);
        fonts.loadRegular();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());

        Localization texts = Localization.chinese();
        tasks = new PooledTaskExecutor(2);
        DialogService dialogs = new FxDialogService(texts, () -> stage);
        new UncaughtErrors(dialogs, texts).install();
        bold.join();
        showWindow(texts, dialogs);
        LOG.info("window shown {} ms after the application started", elapsedMillis(started));
        window.afterFirstFrame(() -> window.open(this::openWorkstation, data.logs(),
                () -> LOG.info("data ready {} ms after the application started", elapsedMillis(started))));
    }

    private void showWindow(Localization texts, DialogService dialogs) {
        window = new MainWindow(stage, texts, dialogs, tasks, () -> switchLanguage(texts.locale()));
        window.show();
    }

    /** From the sign-in screen: the same window in the other language, on the same data. */
    private void switchLanguage(Locale current) {
        Locale other = Localization.LANGUAGES.stream().filter(l -> !l.equals(current)).findFirst().orElseThrow();
        Localization texts = Localization.of(other, Localization.BUNDLES);
        window.dispose();
        showWindow(texts, new FxDialogService(texts, () -> stage));
        window.open(this::openWorkstation, data.logs(), () -> { });
    }

    /** Opened once, by whichever window asks first; called on a background thread. */
    private synchronized Workstation openWorkstation() {
        if (workstation == null) {
            Clock clock = Clock.system(CaseFold.ZONE);
            workstation = demo ? Workstation.openDemo(data, clock) : Workstation.open(data, clock);
            workstation.keepTheStoreOffThreads(Platform::isFxApplicationThread,
                    access -> LOG.warn("the window waited for the disk: {}", access, new IllegalStateException(access)));
            workstation.startSync();
            workstation.startDailyBackups();
        }
        return workstation;
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
            window.dispose();
        }
        synchronized (this) {
            if (workstation != null) {
                workstation.close();
            }
        }
    }
}
