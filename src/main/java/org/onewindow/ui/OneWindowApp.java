package org.onewindow.ui;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.onewindow.store.DataDirectory;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Fonts;
import org.onewindow.ui.app.FxDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Navigator;
import org.onewindow.ui.app.PooledTaskExecutor;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.ShellView;
import org.onewindow.ui.app.ShellViewModel;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.UncaughtErrors;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.app.Workspace;
import org.onewindow.ui.login.LoginView;
import org.onewindow.ui.login.LoginViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application and the composition root of the window: every service is made here and
 * handed to the views by their constructors. The window is shown at once with the sign-in screen;
 * the local store and the catalog are opened in the background, and sign-in waits for them.
 */
public final class OneWindowApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OneWindowApp.class);

    private TaskExecutor tasks;
    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        DataDirectory data = DataDirectory.of(java.nio.file.Path.of(Objects.requireNonNull(
                getParameters().getNamed().get("data-dir"), "the launcher passes --data-dir")));
        Clock clock = Clock.systemDefaultZone();
        Fonts fonts = new Fonts(data.root().resolve("cache").resolve("fonts"));
        fonts.loadRegular();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());

        Localization texts = Localization.chinese();
        ViewLoader views = new ViewLoader(texts);
        DialogService dialogs = new FxDialogService(texts, () -> stage);
        new UncaughtErrors(dialogs, texts).install();
        tasks = new PooledTaskExecutor(2);
        Session session = new Session();
        Navigator navigator = new Navigator();

        LoginViewModel login = new LoginViewModel(session, tasks, texts, clock.getZone());
        ShellView shell = new ShellView(new ShellViewModel(session, texts), navigator, new LoginView(login, views), views);
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(OneWindowApp.class.getResource("app/app.css")).toExternalForm());
        shell.installShortcuts(scene);
        stage.setTitle(texts.get("app.title"));
        stage.setScene(scene);
        stage.show();
        LOG.info("window shown {} ms after the application started", (System.nanoTime() - started) / 1_000_000);

        tasks.execute(() -> {
            fonts.loadBold();
            return true;
        }, loaded -> { }, error -> LOG.warn("headings fall back to the regular weight", error));
        tasks.execute(() -> Workspace.open(data, clock), opened -> {
            workspace = opened;
            LOG.info("data ready {} ms after the application started", (System.nanoTime() - started) / 1_000_000);
        }, error -> dialogs.showError(texts.get("app.loadFailed.title"),
                texts.get("app.loadFailed.message", error.getMessage(), data.logs()), error));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
