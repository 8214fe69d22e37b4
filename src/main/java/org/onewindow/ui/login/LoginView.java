package org.onewindow.ui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The sign-in and unlock screen. Enter signs in. */
public final class LoginView implements Screen {

    private final LoginViewModel viewModel;
    private final Localization texts;
    private final Parent root;
    private final Runnable switchLanguage;

    @FXML private Label heading;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private Label message;
    @FXML private Button signInButton;
    @FXML private Button switchClerkButton;
    @FXML private Button languageButton;

    public LoginView(LoginViewModel viewModel, ViewLoader loader, Runnable switchLanguage) {
        this.viewModel = viewModel;
        this.switchLanguage = switchLanguage;
        this.texts = loader.localization();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        username.disableProperty().bind(viewModel.unlockingProperty());
        message.textProperty().bind(viewModel.messageProperty());
        signInButton.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.busyProperty()));
        switchClerkButton.visibleProperty().bind(viewModel.unlockingProperty());
        switchClerkButton.managedProperty().bind(switchClerkButton.visibleProperty());
        languageButton.visibleProperty().bind(viewModel.unlockingProperty().not());
        viewModel.readyProperty().addListener((o, was, ready) -> focus());
        viewModel.unlockingProperty().addListener((o, was, unlocking) -> focus());
    }

    @FXML
    private void signIn() {
        viewModel.submit();
        if (!viewModel.busyProperty().get() && !viewModel.messageProperty().get().isEmpty()) {
            focus();
        }
    }

    @FXML
    private void switchLanguage() {
        switchLanguage.run();
    }

    @FXML
    private void switchClerk() {
        viewModel.signOutLockedClerk();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("login.title");
    }

    @Override
    public void shown() {
        focus();
    }

    private void focus() {
        Platform.runLater(() -> (username.getText().isBlank() ? username : password).requestFocus());
    }
}
