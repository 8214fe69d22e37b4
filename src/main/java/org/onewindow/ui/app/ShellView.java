package org.onewindow.ui.app;

import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The main window's frame: a header with the screen's title, the clerk and the main actions with
 * their shortcuts; the current screen in the middle; the status bar at the bottom. While nobody is
 * signed in, or the window is locked, the middle shows the sign-in screen instead.
 */
public final class ShellView {

    /** F2 starts a new application, F3 searches cases, Ctrl+L locks the window. */
    public static final KeyCombination NEW_APPLICATION = new KeyCodeCombination(KeyCode.F2);
    public static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination HOME = new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN);
    public static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.F9);

    private final ShellViewModel viewModel;
    private final Navigator navigator;
    private final Screen signIn;
    private final Parent root;
    private Screens screens;

    @FXML private Label screenTitle;
    @FXML private Label clerk;
    @FXML private Label keyHints;
    @FXML private Button newApplicationButton;
    @FXML private Button homeButton;
    @FXML private Button searchButton;
    @FXML private Button handoverButton;
    @FXML private Button settingsButton;
    @FXML private Button lockButton;
    @FXML private Button signOutButton;
    @FXML private StackPane content;
    @FXML private HBox statusBar;

    public ShellView(ShellViewModel viewModel, Navigator navigator, Screen signIn, ViewLoader loader) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.signIn = signIn;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        for (Node action : new Node[] {homeButton, searchButton, lockButton, signOutButton, clerk}) {
            action.visibleProperty().bind(viewModel.workingProperty());
            action.managedProperty().bind(action.visibleProperty());
        }
        newApplicationButton.visibleProperty().bind(viewModel.takesApplicationsProperty());
        newApplicationButton.managedProperty().bind(newApplicationButton.visibleProperty());
        handoverButton.visibleProperty().bind(viewModel.takesApplicationsProperty());
        handoverButton.managedProperty().bind(handoverButton.visibleProperty());
        settingsButton.visibleProperty().bind(viewModel.setsUpProperty());
        settingsButton.managedProperty().bind(settingsButton.visibleProperty());
        clerk.textProperty().bind(viewModel.clerkTextProperty());
        keyHints.textProperty().bind(viewModel.keyHintsProperty());
        viewModel.workingProperty().addListener((o, was, working) -> showContent());
        navigator.currentProperty().addListener((o, was, screen) -> showContent());
        showContent();
    }

    /** The screens become reachable once the data is loaded. */
    public void attach(Screens ready) {
        this.screens = Objects.requireNonNull(ready);
    }

    /** Puts the shortcuts on the window's scene. */
    public void installShortcuts(Scene scene) {
        // a filter, not accelerators: tables and lists take F2 (edit) for themselves before accelerators run
        Map<KeyCombination, Runnable> shortcuts = Map.of(NEW_APPLICATION, this::newApplication, SEARCH, this::search,
                LOCK, this::lock, HOME, this::home, SETTINGS, this::settings);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> shortcuts.entrySet().stream()
                .filter(shortcut -> shortcut.getKey().match(event)).findFirst().ifPresent(shortcut -> {
                    event.consume();
                    shortcut.getValue().run();
                }));
        // F6 (补齐补正) as a handler, not a filter: a case detail takes it first for its own case
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F6 && viewModel.takesApplicationsProperty().get() && screens != null) {
                event.consume();
                screens.openSupplement();
            }
        });
        // F4 (办件去向/待领取) likewise
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F4 && viewModel.takesApplicationsProperty().get() && screens != null) {
                event.consume();
                screens.openAfterAcceptance();
            }
        });
        // F7 (交接) likewise
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F7 && viewModel.takesApplicationsProperty().get() && screens != null) {
                event.consume();
                screens.openHandover();
            }
        });
        // Esc goes back only if nothing in the screen (an open list, a dialog) used it first
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.workingProperty().get() && navigator.back()) {
                event.consume();
            }
        });
    }

    /** Adds a part to the status bar (left to right). */
    public void addStatus(Node part) {
        statusBar.getChildren().add(statusBar.getChildren().size() - 2, part);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void home() {
        if (viewModel.workingProperty().get() && screens != null && screens.mayDiscardDraft()) {
            navigator.start(screens.home());
        }
    }

    @FXML
    private void newApplication() {
        if (viewModel.takesApplicationsProperty().get() && screens != null) {
            screens.openNewApplication();
        }
    }

    @FXML
    private void settings() {
        if (viewModel.setsUpProperty().get() && screens != null) {
            screens.openSettings();
        }
    }

    @FXML
    private void search() {
        if (viewModel.workingProperty().get() && screens != null) {
            navigator.open(screens.caseList());
        }
    }

    @FXML
    private void handover() {
        if (viewModel.workingProperty().get() && screens != null) {
            screens.openHandover();
        }
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }

    @FXML
    private void signOut() {
        if (screens == null || screens.mayDiscardDraft()) {
            viewModel.signOut();
        }
    }

    private void showContent() {
        if (viewModel.workingProperty().get() && homeButton.getGraphic() == null) {
            // the icon font costs a noticeable part of start-up and the header is hidden until sign-in
            newApplicationButton.setGraphic(Icons.NEW_APPLICATION.icon());
            homeButton.setGraphic(Icons.HOME.icon());
            searchButton.setGraphic(Icons.SEARCH.icon());
            settingsButton.setGraphic(Icons.PRINT.icon());
            lockButton.setGraphic(Icons.LOCK.icon());
            signOutButton.setGraphic(Icons.LOGOUT.icon());
        }
        Screen shown = viewModel.workingProperty().get() ? navigator.current() : signIn;
        if (shown == null) {
            content.getChildren().clear();
            screenTitle.setText("");
            return;
        }
        content.getChildren().setAll(shown.root());
        screenTitle.setText(shown.title());
        if (shown == signIn) {
            shown.shown();
        }
    }
}
