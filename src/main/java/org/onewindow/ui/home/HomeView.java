package org.onewindow.ui.home;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.cases.CaseLine;
import org.onewindow.ui.cases.CaseTable;

/** The home screen after sign-in. */
public final class HomeView implements Screen {

    private final HomeViewModel viewModel;
    private final Localization texts;
    private final Consumer<UUID> openCase;
    private final Parent root;

    @FXML private Label greeting;
    @FXML private Label coverageWarning;
    @FXML private Label problem;
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
        todayTable.requestFocus();
    }
}
