package org.onewindow.ui.cases;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** 办件去向/待领取 (F4): Tab moves between the three tables, Enter (or a double click) opens the case selected. */
public final class AfterListView implements Screen {

    private final AfterListViewModel viewModel;
    private final Localization texts;
    private final Consumer<UUID> openCase;
    private final Parent root;

    @FXML private Label fees;
    @FXML private Label problem;
    @FXML private Label notPickedUpTitle;
    @FXML private Label uncollectedTitle;
    @FXML private TableView<AfterListViewModel.DepartmentLine> departments;
    @FXML private TableView<AfterLine> notPickedUp;
    @FXML private TableView<AfterLine> uncollected;

    public AfterListView(AfterListViewModel viewModel, ViewLoader loader, Consumer<UUID> openCase) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.openCase = openCase;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        fees.textProperty().bind(viewModel.feesProperty());
        Messages.show(problem, viewModel.problemProperty());
        notPickedUpTitle.textProperty().bind(viewModel.notPickedUpTitleProperty());
        uncollectedTitle.textProperty().bind(viewModel.uncollectedTitleProperty());
        departments.getColumns().setAll(
                CaseTable.column(texts.get("after.list.department"), AfterListViewModel.DepartmentLine::department, 260),
                CaseTable.column(texts.get("after.list.sent"), AfterListViewModel.DepartmentLine::sent, 90),
                CaseTable.column(texts.get("after.list.waiting"), AfterListViewModel.DepartmentLine::waiting, 110),
                CaseTable.column(texts.get("after.list.inReview"), AfterListViewModel.DepartmentLine::inReview, 90),
                CaseTable.column(texts.get("after.list.decided"), AfterListViewModel.DepartmentLine::decided, 90));
        departments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        departments.setPlaceholder(new Label(texts.get("after.list.noDepartments")));
        departments.setItems(viewModel.departments());
        for (TableView<AfterLine> table : java.util.List.of(notPickedUp, uncollected)) {
            table.getColumns().setAll(
                    CaseTable.column(texts.get("cases.column.caseNumber"), AfterLine::caseNumber, 200),
                    CaseTable.column(texts.get("cases.column.applicant"), AfterLine::applicant, 90),
                    CaseTable.column(texts.get("after.list.items"), AfterLine::items, 150),
                    CaseTable.column(texts.get("after.list.department"), AfterLine::department, 150),
                    CaseTable.column(texts.get("after.stage"), AfterLine::stage, 120),
                    CaseTable.column(texts.get(table == notPickedUp ? "after.list.sentOn" : "after.list.readyOn"),
                            AfterLine::since, 110),
                    CaseTable.column(texts.get("after.list.note"), AfterLine::note, 140));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPlaceholder(new Label(texts.get("after.list.none")));
            table.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
                AfterLine selected = table.getSelectionModel().getSelectedItem();
                if (key.getCode() == KeyCode.ENTER && selected != null) {
                    key.consume();
                    openCase.accept(selected.caseId());
                }
            });
            table.addEventHandler(MouseEvent.MOUSE_CLICKED, click -> {
                AfterLine selected = table.getSelectionModel().getSelectedItem();
                if (click.getClickCount() == 2 && selected != null) {
                    openCase.accept(selected.caseId());
                }
            });
        }
        notPickedUp.setItems(viewModel.notPickedUp());
        uncollected.setItems(viewModel.uncollected());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("after.list.title");
    }

    @Override
    public void shown() {
        viewModel.refresh();
        uncollected.requestFocus();
    }
}
