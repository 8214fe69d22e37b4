package org.onewindow.ui.home;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.cases.CaseLine;
import org.onewindow.ui.cases.CaseTable;

/**
 * The home screen after sign-in. Documents issued and never printed come first, when there are any: Ctrl+P
 * prints the selected one, Enter opens its case.
 */
public final class HomeView implements Screen {

    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final HomeViewModel viewModel;
    private final Localization texts;
    private final Consumer<UUID> openCase;
    private final Parent root;

    @FXML private Label greeting;
    @FXML private Label coverageWarning;
    @FXML private Label problem;
    @FXML private VBox unprintedCard;
    @FXML private Label unprintedTitle;
    @FXML private Label printStatus;
    @FXML private Button printUnprintedButton;
    @FXML private TableView<UnprintedLine> unprintedTable;
    @FXML private Label todaySummary;
    @FXML private Label deadlineSummary;
    @FXML private TableView<CaseLine> todayTable;
    @FXML private TableView<CaseLine> deadlineTable;
    @FXML private VBox recountCard;
    @FXML private ListView<String> recounted;

    public HomeView(HomeViewModel viewModel, ViewLoader loader, Consumer<UUID> openCase) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.openCase = openCase;
        this.root = loader.load(this);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PRINT.match(event) && unprintedCard.isVisible()) {
                event.consume();
                printUnprinted();
            }
        });
    }

    private Runnable afterList = () -> { };

    /** The home's button to 办件去向/待领取 (also F4 anywhere). */
    public HomeView onAfterList(Runnable open) {
        this.afterList = open;
        return this;
    }

    @FXML
    private void openAfterList() {
        afterList.run();
    }

    @FXML
    private void initialize() {
        greeting.textProperty().bind(viewModel.greetingProperty());
        Messages.show(coverageWarning, viewModel.coverageWarningProperty());
        Messages.show(problem, viewModel.problemProperty());
        todaySummary.textProperty().bind(viewModel.todaySummaryProperty());
        deadlineSummary.textProperty().bind(viewModel.deadlineSummaryProperty());
        CaseTable.configure(todayTable, texts, openCase);
        CaseTable.configure(deadlineTable, texts, openCase);
        todayTable.setItems(viewModel.today());
        recounted.setItems(viewModel.recounted());
        recountCard.visibleProperty().bind(Bindings.isNotEmpty(viewModel.recounted()));
        recountCard.managedProperty().bind(recountCard.visibleProperty());
        deadlineTable.setItems(viewModel.deadlines());

        unprintedCard.visibleProperty().bind(Bindings.isNotEmpty(viewModel.unprinted()));
        unprintedCard.managedProperty().bind(unprintedCard.visibleProperty());
        unprintedTitle.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("home.unprinted.title", viewModel.unprinted().size()), viewModel.unprinted()));
        Messages.show(printStatus, viewModel.printStatusProperty());
        unprintedTable.getColumns().setAll(
                CaseTable.column(texts.get("cases.column.caseNumber"), UnprintedLine::caseNumber, 200),
                CaseTable.column(texts.get("cases.column.applicant"), UnprintedLine::applicant, 120),
                CaseTable.column(texts.get("case.document.kind"), UnprintedLine::title, 200),
                CaseTable.column(texts.get("case.document.number"), UnprintedLine::number, 220),
                CaseTable.column(texts.get("home.unprinted.issuedAt"), UnprintedLine::issuedAt, 110));
        unprintedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        unprintedTable.setItems(viewModel.unprinted());
        printUnprintedButton.disableProperty().bind(viewModel.printingProperty()
                .or(unprintedTable.getSelectionModel().selectedItemProperty().isNull()));
        viewModel.unprinted().addListener((javafx.collections.ListChangeListener<UnprintedLine>) change -> {
            if (unprintedTable.getSelectionModel().isEmpty()) {
                unprintedTable.getSelectionModel().selectFirst();
            }
        });
        unprintedTable.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            UnprintedLine selected = unprintedTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                event.consume();
                openCase.accept(selected.caseId());
            }
        });
    }

    @FXML
    private void printUnprinted() {
        viewModel.print(unprintedTable.getSelectionModel().getSelectedItem());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("home.title");
    }

    @Override
    public void shown() {
        viewModel.refresh();
        (viewModel.unprinted().isEmpty() ? todayTable : unprintedTable).requestFocus();
    }
}
