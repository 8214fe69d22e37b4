package org.onewindow.ui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/**
 * The sign-in and unlock screen, and the new-password form a first sign-in leads to. Enter signs in (or moves from the
 * new password to its confirmation, then changes it). The cursor starts in the id field whenever it is empty.
 */
public final class LoginView implements Screen {

    private final LoginViewModel viewModel;
    private final Localization texts;
    private final Parent root;
    private final Runnable switchLanguage;

    @FXML private Label heading;
    @FXML private VBox signInFields;
    @FXML private VBox newPasswordFields;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField confirmPassword;
    @FXML private Button cancelChangeButton;
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
        newPassword.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        confirmPassword.textProperty().bindBidirectional(viewModel.confirmPasswordProperty());
        username.disableProperty().bind(viewModel.unlockingProperty());
        message.textProperty().bind(viewModel.messageProperty());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        for (javafx.scene.Node part : new javafx.scene.Node[] {newPasswordFields, cancelChangeButton}) {
            part.visibleProperty().bind(viewModel.changingPasswordProperty());
            part.managedProperty().bind(part.visibleProperty());
        }
        signInFields.visibleProperty().bind(viewModel.changingPasswordProperty().not());
        signInFields.managedProperty().bind(signInFields.visibleProperty());
        viewModel.changingPasswordProperty().addListener((o, was, changing) -> focus());
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

    /** Enter in the new password goes on to its confirmation. */
    @FXML
    private void nextField() {
        confirmPassword.requestFocus();
    }

    @FXML
    private void cancelChange() {
        viewModel.leavePasswordChange();
        focus();
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
        Platform.runLater(() -> {
            if (viewModel.changingPasswordProperty().get()) {
                newPassword.requestFocus();
            } else {
                (username.getText().isBlank() ? username : password).requestFocus();
            }
        });
    }
}
