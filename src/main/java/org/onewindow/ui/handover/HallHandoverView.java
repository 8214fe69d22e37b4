package org.onewindow.ui.handover;

import java.io.ByteArrayInputStream;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.onewindow.app.MaterialCopies;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The hall's hand-over screen (交接接收): batch by batch, file by file. */
public final class HallHandoverView implements Screen {

    private final HallHandoverViewModel viewModel;
    private final Localization texts;
    private final Parent root;

    @FXML private ListView<String> batches;
    @FXML private Label batchTitle;
    @FXML private TableView<HandoverItemRow> items;
    @FXML private TextField papersCounted;
    @FXML private TextField discrepancy;
    @FXML private Button receiveButton;
    @FXML private Button returnButton;
    @FXML private Button decideButton;
    @FXML private Label verdict;
    @FXML private ListView<String> explanation;
    @FXML private FlowPane copies;
    @FXML private Label message;

    public HallHandoverView(HallHandoverViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        batches.setItems(viewModel.batches());
        batches.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.chooseBatch(now);
            }
        });
        batchTitle.textProperty().bind(viewModel.batchTitleProperty());
        column("agent.files.number", "caseNumber", 160);
        column("agent.files.applicant", "applicant", 80);
        column("agent.files.items", "items", 150);
        column("handover.papersHandedOver", "papersHandedOver", 100);
        column("agent.files.stage", "state", 100);
        items.setItems(viewModel.items());
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.setPlaceholder(new javafx.scene.control.Label(texts.get("handover.pickBatch")));
        items.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.chooseItem(now);
            }
        });
        papersCounted.textProperty().bindBidirectional(viewModel.papersCountedProperty());
        discrepancy.textProperty().bindBidirectional(viewModel.discrepancyProperty());
        receiveButton.disableProperty().bind(viewModel.receivableProperty().not());
        returnButton.disableProperty().bind(viewModel.receivableProperty().not());
        decideButton.disableProperty().bind(viewModel.decidableProperty().not());
        verdict.textProperty().bind(viewModel.verdictProperty());
        explanation.setItems(viewModel.explanation());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.copies().addListener((ListChangeListener<MaterialCopies.Copy>) change -> showCopies());
    }

    private <T> void column(String key, String property, double width) {
        TableColumn<HandoverItemRow, T> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(new PropertyValueFactory<>(property));
        column.setPrefWidth(width);
        items.getColumns().add(column);
    }

    private void showCopies() {
        copies.getChildren().clear();
        for (MaterialCopies.Copy copy : viewModel.copies()) {
            VBox tile = new VBox(2);
            ImageView thumbnail = new ImageView();
            thumbnail.setFitWidth(110);
            thumbnail.setPreserveRatio(true);
            viewModel.thumbnail(copy, bytes -> thumbnail.setImage(new Image(new ByteArrayInputStream(bytes))));
            Hyperlink full = new Hyperlink(texts.get("handover.viewFull", copy.materialName()));
            full.setOnAction(event -> viewModel.open(copy, bytes -> showFull(copy, bytes)));
            tile.getChildren().addAll(thumbnail, full);
            copies.getChildren().add(tile);
        }
    }

    /** The copy at full size in a window of its own, to read a certificate's fine print. */
    private void showFull(MaterialCopies.Copy copy, byte[] bytes) {
        Stage stage = new Stage();
        stage.initOwner(root.getScene().getWindow());
        stage.setTitle(copy.materialName() + " · " + copy.originalName());
        if (copy.mediaType().startsWith("image/")) {
            ImageView image = new ImageView(new Image(new ByteArrayInputStream(bytes)));
            image.setPreserveRatio(true);
            stage.setScene(new Scene(new ScrollPane(image), 1000, 700));
        } else {
            stage.setScene(new Scene(new VBox(new Label(texts.get("handover.pdfCopy", copy.size() / 1024))), 400, 120));
        }
        stage.show();
    }

    @FXML
    private void receive() {
        viewModel.receive();
    }

    @FXML
    private void returnToSite() {
        viewModel.returnToSite();
    }

    @FXML
    private void decide() {
        viewModel.decide();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("handover.title");
    }

    @Override
    public void shown() {
        viewModel.load();
    }
}
