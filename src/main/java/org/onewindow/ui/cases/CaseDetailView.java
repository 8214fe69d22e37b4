package org.onewindow.ui.cases;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.app.WrappingCell;

/**
 * The case detail with its documents and timeline. F6 takes this case to 补齐补正, Ctrl+P prints the selected
 * document not printed yet, Esc returns to the list or home.
 */
public final class CaseDetailView implements Screen {

    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final CaseDetailViewModel viewModel;
    private final Localization texts;
    private final Parent root;

    @FXML private Label caseNumber;
    @FXML private Label status;
    @FXML private Label applicant;
    @FXML private Label phone;
    @FXML private Label address;
    @FXML private Label agentLabel;
    @FXML private Label agent;
    @FXML private Label items;
    @FXML private Label received;
    @FXML private Label promisedDate;
    @FXML private Label statutoryDeadline;
    @FXML private Label responsibleClerk;
    @FXML private Label note;
    @FXML private Label problem;
    @FXML private ListView<String> outstanding;
    @FXML private ListView<String> materials;
    @FXML private Tab outstandingTab;
    @FXML private Tab materialsTab;
    @FXML private TableView<DocumentLine> documents;
    @FXML private TableView<TimelineEntry> timeline;
    @FXML private Button printButton;
    @FXML private Button reprintButton;
    @FXML private Button supplementButton;
    @FXML private Button voidButton;
    @FXML private javafx.scene.layout.VBox afterPane;
    private final Runnable onSupplement;
    private CaseAfterView after;

    /**
     * @param onSupplement       opens 补齐补正 (F6) for this case
     * @param onVoidedWithNotice opens the document step of a case just voided, whose void notice is to be printed
     */
    public CaseDetailView(CaseDetailViewModel viewModel, ViewLoader loader, Runnable onSupplement,
                          Consumer<CaseState> onVoidedWithNotice) {
        this.viewModel = viewModel;
        this.onSupplement = onSupplement;
        this.texts = loader.localization();
        this.root = loader.load(this);
        // F6 is this case's 补齐补正, whatever it owes: the supplement screen says so if it owes nothing
        root.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.F6) {
                key.consume();
                supplement();
            } else if (PRINT.match(key)) {
                key.consume();
                print();
            }
        });
        viewModel.voidedWithNoticeProperty().addListener((o, before, voided) -> {
            if (voided != null) {
                onVoidedWithNotice.accept(voided);
            }
        });
    }

    @FXML
    private void initialize() {
        caseNumber.textProperty().bind(viewModel.caseNumberProperty());
        status.textProperty().bind(viewModel.statusProperty());
        applicant.textProperty().bind(viewModel.applicantProperty());
        phone.textProperty().bind(viewModel.phoneProperty());
        address.textProperty().bind(viewModel.addressProperty());
        agent.textProperty().bind(viewModel.agentProperty());
        for (Label line : new Label[] {agentLabel, agent}) {
            line.visibleProperty().bind(viewModel.agentProperty().isNotEmpty());
            line.managedProperty().bind(line.visibleProperty());
        }
        items.textProperty().bind(viewModel.itemsProperty());
        received.textProperty().bind(viewModel.receivedProperty());
        promisedDate.textProperty().bind(viewModel.promisedDateProperty());
        statutoryDeadline.textProperty().bind(viewModel.statutoryDeadlineProperty());
        responsibleClerk.textProperty().bind(viewModel.responsibleClerkProperty());
        Messages.show(note, viewModel.noteProperty());
        Messages.show(problem, viewModel.problemProperty());
        outstanding.setItems(viewModel.outstanding());
        outstanding.setPlaceholder(new Label(texts.get("case.nothingOwed")));
        WrappingCell.install(outstanding);
        materials.setItems(viewModel.materials());
        WrappingCell.install(materials);
        outstandingTab.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("case.outstandingCount", viewModel.outstanding().size()), viewModel.outstanding()));
        materialsTab.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("case.materialsCount", viewModel.materials().size()), viewModel.materials()));
        documents.getColumns().setAll(
                CaseTable.column(texts.get("case.document.kind"), DocumentLine::kind, 190),
                CaseTable.column(texts.get("case.document.number"), DocumentLine::number, 230),
                CaseTable.column(texts.get("case.document.state"), DocumentLine::state, 80),
                CaseTable.column(texts.get("case.document.printedAt"), DocumentLine::when, 170));
        documents.setPlaceholder(new Label(texts.get("case.noDocuments")));
        documents.setItems(viewModel.documents());
        // a document not printed yet (listed first) is selected, so Ctrl+P prints it without a click
        viewModel.documents().addListener((ListChangeListener<DocumentLine>) change -> {
            if (documents.getSelectionModel().isEmpty()) {
                viewModel.documents().stream().filter(line -> !line.printed()).findFirst()
                        .ifPresent(line -> documents.getSelectionModel().select(line));
            }
        });
        printButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            DocumentLine selected = documents.getSelectionModel().getSelectedItem();
            return selected == null || selected.printed();
        }, documents.getSelectionModel().selectedItemProperty()));
        reprintButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            DocumentLine selected = documents.getSelectionModel().getSelectedItem();
            return selected == null || !selected.printed();
        }, documents.getSelectionModel().selectedItemProperty()));
        timeline.getColumns().setAll(
                CaseTable.column(texts.get("case.timeline.when"), TimelineEntry::when, 160),
                CaseTable.column(texts.get("case.timeline.who"), TimelineEntry::who, 90),
                CaseTable.column(texts.get("case.timeline.what"), TimelineEntry::what, 100),
                CaseTable.column(texts.get("case.timeline.detail"), TimelineEntry::detail, 420));
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        documents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        timeline.setItems(viewModel.timeline());
        supplementButton.visibleProperty().bind(viewModel.owesMaterialsProperty());
        supplementButton.managedProperty().bind(viewModel.owesMaterialsProperty());
        voidButton.visibleProperty().bind(viewModel.mayVoidProperty());
        voidButton.managedProperty().bind(viewModel.mayVoidProperty());
    }

    @FXML
    private void supplement() {
        onSupplement.run();
    }

    @FXML
    private void print() {
        viewModel.print(documents.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void reprint() {
        viewModel.reprint(documents.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void voidCase() {
        viewModel.voidCase();
    }

    /** Shows the steps after acceptance (decision record 0033) in this detail; each one recorded reads the case again. */
    public CaseDetailView with(CaseAfterView steps, CaseAfterViewModel stepsViewModel) {
        this.after = steps;
        afterPane.getChildren().setAll(steps.root());
        stepsViewModel.onChanged(viewModel::refresh);
        return this;
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
        if (after != null) {
            after.refresh();
        }
        timeline.requestFocus();
    }
}
