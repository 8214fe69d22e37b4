package org.onewindow.ui.cases;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The case list with its search field and filters (F3). Enter searches; Enter on a row opens it. */
public final class CaseListView implements Screen {

    private final CaseListViewModel viewModel;
    private final Localization texts;
    private final Labels labels;
    private final Consumer<UUID> openCase;
    private final Parent root;
    private boolean searchedOnce;

    @FXML private TextField query;
    @FXML private ComboBox<CaseStatus> status;
    @FXML private DatePicker receivedFrom;
    @FXML private DatePicker receivedTo;
    @FXML private Button searchButton;
    @FXML private TableView<CaseLine> table;
    @FXML private Label message;
    @FXML private Label pageText;
    @FXML private Button previousButton;
    @FXML private Button nextButton;

    /** @param supplementCase opens 补齐补正 (F6) for the case selected in the list */
    public CaseListView(CaseListViewModel viewModel, ViewLoader loader, Consumer<UUID> openCase,
                        Consumer<UUID> supplementCase) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.labels = new Labels(texts);
        this.openCase = openCase;
        this.root = loader.load(this);
        root.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            CaseLine selected = table.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.F6 && selected != null) {
                key.consume();
                supplementCase.accept(selected.caseId());
            }
        });
    }

    @FXML
    private void initialize() {
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        status.getItems().setAll(viewModel.statuses());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseStatus value) {
                return value == null ? texts.get("cases.anyStatus") : labels.of(value);
            }

            @Override
            public CaseStatus fromString(String text) {
                throw new UnsupportedOperationException("the status list is not editable");
            }
        });
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        receivedFrom.valueProperty().bindBidirectional(viewModel.receivedFromProperty());
        receivedTo.valueProperty().bindBidirectional(viewModel.receivedToProperty());
        CaseTable.configure(table, texts, openCase);
        // from the search field, Down goes to the results, where Enter opens the selected case
        query.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                event.consume();
                table.requestFocus();
            }
        });
        table.setItems(viewModel.rows());
        viewModel.rows().addListener((ListChangeListener<CaseLine>) change -> table.getSelectionModel().selectFirst());
        Messages.show(message, viewModel.messageProperty());
        pageText.textProperty().bind(viewModel.pageTextProperty());
        previousButton.disableProperty().bind(viewModel.pageProperty().isEqualTo(0));
        nextButton.disableProperty().bind(viewModel.hasMoreProperty().not());
        searchButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void clear() {
        viewModel.clear();
        query.requestFocus();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("cases.title");
    }

    @Override
    public void shown() {
        if (searchedOnce) {
            viewModel.search();
        } else {
            searchedOnce = true;
            viewModel.clear();
        }
        Platform.runLater(() -> {
            query.requestFocus();
            query.selectAll();
        });
    }
}
