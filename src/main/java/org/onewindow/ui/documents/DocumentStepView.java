package org.onewindow.ui.documents;

import java.awt.image.BufferedImage;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.onewindow.ui.app.Explanation;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.documents.DocumentStepViewModel.Document;

/**
 * The document step: the saved case, its documents, and the selected one previewed as its PDF.
 * Ctrl+P prints, Ctrl+= and Ctrl+- zoom, ↑/↓ choose the document, Enter starts the next application.
 */
public final class DocumentStepView implements Screen {

    private final DocumentStepViewModel viewModel;
    private final Localization text;
    private final Runnable nextApplication;
    private final Parent root;

    @FXML private HBox step;
    @FXML private Label heading;
    @FXML private VBox facts;
    @FXML private ListView<Document> documents;
    @FXML private Label status;
    @FXML private Button printButton;
    @FXML private Button zoomIn;
    @FXML private Button zoomOut;
    @FXML private Button nextButton;
    @FXML private VBox pageBox;

    public DocumentStepView(DocumentStepViewModel viewModel, ViewLoader loader, Runnable nextApplication) {
        this.viewModel = viewModel;
        this.text = loader.localization();
        this.nextApplication = nextApplication;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.heading());
        Explanation.show(facts, viewModel.facts());
        documents.setItems(viewModel.documents());
        documents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Document document, boolean empty) {
                super.updateItem(document, empty);
                setText(empty || document == null ? null
                        : text.get(document.printed() ? "documents.entryPrinted" : "documents.entry", document.title()));
            }
        });
        documents.getSelectionModel().select(viewModel.selectedProperty().get());
        // the documents arrive after the step is shown: the one previewed is the one selected
        viewModel.selectedProperty().addListener((o, before, now) -> {
            if (now.intValue() >= 0 && documents.getSelectionModel().getSelectedIndex() != now.intValue()) {
                documents.getSelectionModel().select(now.intValue());
            }
        });
        documents.getSelectionModel().selectedIndexProperty().addListener((o, before, now) -> {
            if (now.intValue() >= 0) {
                viewModel.selectedProperty().set(now.intValue());
            }
        });
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("document-status");
        viewModel.printFailedProperty().addListener((o, before, failed) -> {
            status.getStyleClass().remove("message-error");
            if (failed) {
                status.getStyleClass().add("message-error");
            }
        });
        printButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
        showPages();
        step.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown() && documents.isFocused()) {
                // the list of documents would keep Enter to itself; Enter is the next applicant here as everywhere
                event.consume();
                nextApplication();
                return;
            }
            if (!event.isShortcutDown()) {
                return;
            }
            if (event.getCode() == KeyCode.P) {
                viewModel.print();
            } else if (event.getCode() == KeyCode.EQUALS || event.getCode() == KeyCode.PLUS || event.getCode() == KeyCode.ADD) {
                viewModel.zoomIn();
            } else if (event.getCode() == KeyCode.MINUS || event.getCode() == KeyCode.SUBTRACT) {
                viewModel.zoomOut();
            } else {
                return;
            }
            event.consume();
        });
    }

    private void showPages() {
        pageBox.getChildren().setAll(viewModel.pages().stream().map(page -> {
            ImageView view = new ImageView(toFx(page));
            view.getStyleClass().add("document-page");
            return view;
        }).toList());
    }

    /** Copies a rendered page into a JavaFX image (no Swing bridge needed). */
    private static Image toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] argb = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
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
        Platform.runLater(documents::requestFocus);
    }
}
