package org.onewindow.ui.agent;

import java.io.ByteArrayInputStream;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.util.converter.IntegerStringConverter;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The site's hand-over screen (交接单): choose the files, count their papers, record the batch, print the sheet. */
public final class HandOverView implements Screen {

    private final HandOverViewModel viewModel;
    private final Localization texts;
    private final Parent root;

    @FXML private TableView<HandOverRow> files;
    @FXML private TextField note;
    @FXML private Label batch;
    @FXML private Label message;
    @FXML private Button printButton;
    @FXML private VBox sheet;

    public HandOverView(HandOverViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        files.setEditable(true);
        TableColumn<HandOverRow, Boolean> chosen = new TableColumn<>(texts.get("agent.handOver.chosen"));
        chosen.setCellValueFactory(cell -> cell.getValue().chosenProperty());
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        chosen.setPrefWidth(50);
        TableColumn<HandOverRow, String> number = new TableColumn<>(texts.get("agent.files.number"));
        number.setCellValueFactory(new PropertyValueFactory<>("caseNumber"));
        number.setPrefWidth(170);
        TableColumn<HandOverRow, String> applicant = new TableColumn<>(texts.get("agent.files.applicant"));
        applicant.setCellValueFactory(new PropertyValueFactory<>("applicant"));
        TableColumn<HandOverRow, String> items = new TableColumn<>(texts.get("agent.files.items"));
        items.setCellValueFactory(new PropertyValueFactory<>("items"));
        items.setPrefWidth(220);
        TableColumn<HandOverRow, Integer> papers = new TableColumn<>(texts.get("agent.handOver.papers"));
        papers.setCellValueFactory(cell -> cell.getValue().papersProperty().asObject());
        papers.setCellFactory(TextFieldTableCell.forTableColumn(new IntegerStringConverter()));
        papers.setOnEditCommit(edit -> edit.getRowValue().papersProperty().set(
                edit.getNewValue() == null ? 0 : Math.max(0, edit.getNewValue())));
        papers.setPrefWidth(100);
        files.getColumns().setAll(java.util.List.of(chosen, number, applicant, items, papers));
        files.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.setItems(viewModel.rows());
        files.setPlaceholder(new Label(texts.get("agent.handOver.none")));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        batch.textProperty().bind(viewModel.batchProperty());
        message.textProperty().bind(viewModel.messageProperty());
        printButton.disableProperty().bind(viewModel.batchProperty().isEmpty());
        viewModel.sheet().addListener((ListChangeListener<byte[]>) change -> {
            sheet.getChildren().clear();
            for (byte[] page : viewModel.sheet()) {
                ImageView view = new ImageView(new Image(new ByteArrayInputStream(page)));
                view.setPreserveRatio(true);
                view.setFitWidth(520);
                sheet.getChildren().add(view);
            }
        });
    }

    @FXML
    private void handOver() {
        viewModel.handOver();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("agent.handOver.title");
    }

    @Override
    public void shown() {
        viewModel.load();
    }
}
