package org.onewindow.ui.documents;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The document step: the saved case and its documents; Enter starts the next application. */
public final class DocumentStepView implements Screen {

    private final DocumentStepViewModel viewModel;
    private final Localization text;
    private final Runnable nextApplication;
    private final Parent root;

    @FXML private Label heading;
    @FXML private ListView<String> facts;
    @FXML private Button newApplication;

    public DocumentStepView(DocumentStepViewModel viewModel, ViewLoader loader, Runnable nextApplication) {
        this.viewModel = viewModel;
        this.text = loader.localization();
        this.nextApplication = nextApplication;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.heading());
        facts.setItems(viewModel.facts());
        facts.setCellFactory(list -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String line, boolean empty) {
                    super.updateItem(line, empty);
                    setText(empty ? null : line);
                }
            };
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
    }

    @FXML
    private void nextApplication() {
        nextApplication.run();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return text.get("documents.title");
    }

    @Override
    public void shown() {
        Platform.runLater(newApplication::requestFocus);
    }
}
