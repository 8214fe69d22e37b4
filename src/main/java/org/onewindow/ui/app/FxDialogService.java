package org.onewindow.ui.app;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.geometry.Rectangle2D;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.onewindow.app.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's {@link DialogService}: modal dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Localization texts;
    private final Supplier<Window> owner;

    public FxDialogService(Localization texts, Supplier<Window> owner) {
        this.texts = texts;
        this.owner = owner;
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        if (cause != null) {
            LOG.error("{}: {}", title, message, cause);
        }
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.setGraphic(Icons.ERROR.icon());
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(texts.get("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.get("dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Credentials> askCredentials(String title, String message) {
        Dialog<Credentials> dialog = new Dialog<>();
        prepare(dialog, title, title);
        TextField username = new TextField();
        username.setId("credentialsUsername");
        Label why = new Label(message);
        why.setWrapText(true);
        why.setMaxWidth(420);
        PasswordField password = new PasswordField();
        password.setId("credentialsPassword");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(12);
        form.setPadding(new Insets(8, 0, 0, 0));
        form.add(why, 0, 0, 2, 1);
        form.addRow(1, new Label(texts.get("login.username")), username);
        form.addRow(2, new Label(texts.get("login.password")), password);
        dialog.getDialogPane().setContent(form);
        ButtonType confirm = new ButtonType(texts.get("dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        dialog.getDialogPane().lookupButton(confirm).disableProperty()
                .bind(username.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == confirm
                ? new Credentials(username.getText().strip(), password.getText()) : null);
        Platform.runLater(username::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<java.io.File> choosePng(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG", "*.png", "*.PNG"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<String> askReason(String title, String message) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, title, title);
        Label why = new Label(message);
        why.setWrapText(true);
        why.setMaxWidth(480);
        TextArea reason = new TextArea();
        reason.setId("reasonText");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setPrefColumnCount(36);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, why, reason));
        ButtonType confirm = new ButtonType(texts.get("dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == confirm && !reason.getText().isBlank() ? reason.getText().strip() : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        prepare(alert, title, title);
        alert.setContentText(message);
        if (type != Alert.AlertType.CONFIRMATION) {
            alert.getButtonTypes().setAll(new ButtonType(texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        }
        return alert;
    }

    /**
     * Title in the header too (without a window manager there is no title bar), owned by the main window, and
     * centred on it once its size is known: without a window manager a dialog would open at the screen's corner.
     */
    private void prepare(Dialog<?> dialog, String title, String header) {
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
            dialog.initModality(Modality.WINDOW_MODAL);
            dialog.setOnShown(event -> centreOn(window, dialog));
        }
    }

    private static void centreOn(Window owner, Dialog<?> dialog) {
        Window shown = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = owner.getX() + (owner.getWidth() - shown.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - shown.getHeight()) / 2;
        shown.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - shown.getWidth())));
        shown.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - shown.getHeight())));
    }
}
