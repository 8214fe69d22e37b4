package org.onewindow.ui.cases;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The case detail with its timeline. Esc returns to the list or home. */
public final class CaseDetailView implements Screen {

    private final CaseDetailViewModel viewModel;
    private final Localization texts;
    private final Parent root;

    @FXML private Label caseNumber;
    @FXML private Label status;
    @FXML private Label applicant;
    @FXML private Label items;
    @FXML private Label received;
    @FXML private Label promisedDate;
    @FXML private Label statutoryDeadline;
    @FXML private Label responsibleClerk;
    @FXML private Label note;
    @FXML private Label problem;
    @FXML private ListView<String> outstanding;
    @FXML private TableView<DocumentLine> documents;
    @FXML private TableView<TimelineEntry> timeline;
    @FXML private Button reprintButton;
    @FXML private Button supplementButton;
    private final Runnable onSupplement;

    /** @param onSupplement opens 补齐补正 (F6) for this case */
    public CaseDetailView(CaseDetailViewModel viewModel, ViewLoader loader, Runnable onSupplement) {
        this.viewModel = viewModel;
        this.onSupplement = onSupplement;
        this.texts = loader.localization();
        this.root = loader.load(this);
        root.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.F6 && supplementButton.isVisible()) {
                key.consume();
                supplement();
            }
        });
    }

    @FXML
    private void initialize() {
        caseNumber.textProperty().bind(viewModel.caseNumberProperty());
        status.textProperty().bind(viewModel.statusProperty());
        applicant.textProperty().bind(viewModel.applicantProperty());
        items.textProperty().bind(viewModel.itemsProperty());
        received.textProperty().bind(viewModel.receivedProperty());
        promisedDate.textProperty().bind(viewModel.promisedDateProperty());
        statutoryDeadline.textProperty().bind(viewModel.statutoryDeadlineProperty());
        responsibleClerk.textProperty().bind(viewModel.responsibleClerkProperty());
        Messages.show(note, viewModel.noteProperty());
        Messages.show(problem, viewModel.problemProperty());
        outstanding.setItems(viewModel.outstanding());
        outstanding.setPlaceholder(new Label(texts.get("case.nothingOwed")));
        documents.getColumns().setAll(
                CaseTable.column(texts.get("case.document.kind"), DocumentLine::kind, 200),
                CaseTable.column(texts.get("case.document.number"), DocumentLine::number, 260),
                CaseTable.column(texts.get("case.document.printedAt"), DocumentLine::printedAt, 170),
                CaseTable.column(texts.get("case.document.reprint"),
                        line -> line.reprint() ? texts.get("timeline.reprint") : "", 80));
        documents.setPlaceholder(new Label(texts.get("case.noDocuments")));
        documents.setItems(viewModel.documents());
        reprintButton.disableProperty().bind(documents.getSelectionModel().selectedItemProperty().isNull());
        timeline.getColumns().setAll(
                CaseTable.column(texts.get("case.timeline.when"), TimelineEntry::when, 170),
                CaseTable.column(texts.get("case.timeline.who"), TimelineEntry::who, 110),
                CaseTable.column(texts.get("case.timeline.what"), TimelineEntry::what, 110),
                CaseTable.column(texts.get("case.timeline.detail"), TimelineEntry::detail, 500));
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        documents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        timeline.setItems(viewModel.timeline());
        supplementButton.visibleProperty().bind(viewModel.owesMaterialsProperty());
        supplementButton.managedProperty().bind(viewModel.owesMaterialsProperty());
    }

    @FXML
    private void supplement() {
        onSupplement.run();
    }

    @FXML
    private void reprint() {
        viewModel.reprint(documents.getSelectionModel().getSelectedItem());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("case.title");
    }

    @Override
    public void shown() {
        viewModel.refresh();
        timeline.requestFocus();
    }
}
