package org.onewindow.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.onewindow.app.Workstation;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Navigator;
import org.onewindow.ui.app.Screens;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.ShellView;
import org.onewindow.ui.app.ShellViewModel;
import org.onewindow.ui.app.StatusBarView;
import org.onewindow.ui.app.StatusBarViewModel;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.login.LoginView;
import org.onewindow.ui.login.LoginViewModel;

/**
 * The main window put together: the frame with the sign-in screen first, then, once the workstation
 * is open, the working screens, the status bar and sign-in itself. Shared by the application and
 * the UI tests, so the tests drive the same wiring the clerk uses.
 */
public final class MainWindow {

    private final Stage stage;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ViewLoader views;
    private final Localization texts;
    private final Session session = new Session();
    private final Navigator navigator = new Navigator();
    private final LoginViewModel login;
    private final ShellView shell;
    private StatusBarView statusBar;

    /** @param switchLanguage offered on the sign-in screen: rebuilds the window in the other language */
    public MainWindow(Stage stage, Localization texts, DialogService dialogs, TaskExecutor tasks, Runnable switchLanguage) {
        this.stage = stage;
        this.texts = texts;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.views = new ViewLoader(texts);
        this.login = new LoginViewModel(session, tasks, texts);
        this.shell = new ShellView(new ShellViewModel(session, texts), navigator, new LoginView(login, views, switchLanguage), views);
    }

    /** Shows the window with the sign-in screen; it waits for {@link #open}. */
    public void show() {
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app/app.css")).toExternalForm());
        shell.installShortcuts(scene);
        stage.setTitle(texts.get("app.title"));
        stage.setScene(scene);
        // a counter PC runs nothing else: the window takes the whole screen (1280x800 when restored)
        stage.setMaximized(true);
        stage.show();
    }

    /**
     * Runs {@code work} once the window's first frame has been laid out, so background work started
     * there does not compete with the first frame for the processor.
     */
    public void afterFirstFrame(Runnable work) {
        Scene scene = stage.getScene();
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(work);
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    /**
     * Opens the workstation in the background and then makes the window work on it.
     *
     * @param whereLogsAre named in the message if the data cannot be opened
     */
    public void open(Callable<Workstation> opening, Object whereLogsAre, Runnable whenReady) {
        tasks.execute(opening, opened -> {
            Screens screens = new WindowScreens(opened, session, navigator, dialogs, tasks, views);
            shell.attach(screens);
            statusBar = new StatusBarView(new StatusBarViewModel(opened.centre(), tasks, texts), opened.centre(),
                    refresh -> opened.onCaseSaved(saved -> refresh.run()));
            shell.addStatus(statusBar.root());
            session.clerkProperty().addListener((o, was, clerk) -> {
                if (clerk == null) {
                    navigator.clear();
                } else {
                    navigator.start(screens.home());
                }
            });
            login.connect((user, password) -> opened.signIn().login(user, password),
                    (user, current, next) -> opened.signIn().changePassword(user, current, next));
            whenReady.run();
        }, error -> dialogs.showError(texts.get("app.loadFailed.title"),
                texts.get("app.loadFailed.message", error.getMessage(), whereLogsAre), error));
    }

    /** Stops what this window runs by itself; the workstation belongs to the application. */
    public void dispose() {
        if (statusBar != null) {
            statusBar.stop();
        }
    }
}
