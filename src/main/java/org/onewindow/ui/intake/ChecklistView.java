package org.onewindow.ui.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.app.Explanation;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Messages;

/**
 * Step 3. One row per material: what it is and its flags, a state choice offering only what the
 * material allows, and the one detail that state needs (the defect, the promised date, the source).
 * Alt+1 … Alt+8 set the state of the row that has the focus.
 */
public final class ChecklistView {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ChecklistViewModel viewModel;
    private final Localization text;
    private final Labels labels;
    private final Parent root;

    @FXML private HBox checklist;
    @FXML private Button allPresented;
    @FXML private VBox rows;
    @FXML private Label verdict;
    @FXML private Label promisedDate;
    @FXML private VBox explanation;
    @FXML private Label saving;
    @FXML private VBox producedWithin;

    ChecklistView(ChecklistViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.text = loader.localization();
        this.labels = new Labels(text);
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        verdict.textProperty().bind(viewModel.verdictProperty());
        promisedDate.textProperty().bind(viewModel.promisedDateProperty());
        Explanation.show(explanation, viewModel.explanation());
        Messages.show(saving, viewModel.savingProperty());
        viewModel.producedWithin().addListener((ListChangeListener<String>) change -> showProduced());
        showProduced();
        viewModel.lines().addListener((ListChangeListener<MaterialLineViewModel>) change -> showRows());
        showRows();
        checklist.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.S) {
                viewModel.markAllPresented();
                event.consume();
                return;
            }
            if (!event.isAltDown() || !event.getCode().isDigitKey()) {
                return;
            }
            // DIGIT3 and NUMPAD3 both end in their digit
            String name = event.getCode().name();
            int digit = name.charAt(name.length() - 1) - '0';
            MaterialStateChoice.forDigit(digit).ifPresent(status -> {
                MaterialLineViewModel line = lineWithFocus();
                if (line != null) {
                    line.choose(status);
                    event.consume();
                }
            });
        });
    }

    @FXML
    private void markAllPresented() {
        viewModel.markAllPresented();
    }

    private MaterialLineViewModel lineWithFocus() {
        Node focused = checklist.getScene() == null ? null : checklist.getScene().getFocusOwner();
        while (focused != null && focused != checklist) {
            if (focused.getUserData() instanceof MaterialLineViewModel line) {
                return line;
            }
            focused = focused.getParent();
        }
        return viewModel.lines().stream()
                .filter(line -> line.statusProperty().get() == MaterialStatus.NOT_CHECKED).findFirst().orElse(null);
    }

    private void showProduced() {
        producedWithin.getChildren().setAll(viewModel.producedWithin().stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("muted");
            return line;
        }).toList());
    }

    private void showRows() {
        rows.getChildren().setAll(viewModel.lines().stream().map(this::row).toList());
    }

    private Node row(MaterialLineViewModel line) {
        String code = line.requirement().code();
        Label name = new Label(line.name());
        name.getStyleClass().add("material-name");
        name.setWrapText(true);
        Label flags = new Label(line.flags());
        flags.getStyleClass().add("muted");
        flags.setWrapText(true);
        Label forItems = new Label(text.get("intake.checklist.forItems", line.forItems()));
        forItems.getStyleClass().add("muted");
        forItems.setWrapText(true);
        VBox what = new VBox(2, name, flags, forItems);
        // the sentences wrap in the room left; the state column keeps its width, so the choices line up
        what.setMinWidth(0);
        what.setPrefWidth(200);
        if (!line.note().isEmpty()) {
            Tooltip.install(what, new Tooltip(line.note()));
        }
        HBox.setHgrow(what, Priority.ALWAYS);

        ComboBox<MaterialStatus> state = new ComboBox<>();
        state.setId("status-" + code);
        state.getItems().setAll(line.allowed());
        state.setCellFactory(list -> new StateCell());
        state.setButtonCell(new StateCell());
        state.setPromptText(labels.of(MaterialStatus.NOT_CHECKED));
        // a value not among the choices (未核验) is shown through the converter: in words, never the constant's name
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(MaterialStatus status) {
                return status == null ? "" : labels.of(status);
            }

            @Override
            public MaterialStatus fromString(String typed) {
                throw new UnsupportedOperationException("the state is chosen, not typed");
            }
        });
        state.valueProperty().bindBidirectional(line.statusProperty());
        state.setPrefWidth(170);
        state.setMinWidth(170);

        TextField problem = new TextField();
        problem.setId("problem-" + code);
        problem.setPromptText(text.get("intake.checklist.problemPrompt"));
        problem.textProperty().bindBidirectional(line.problemProperty());
        showWhen(problem, line, MaterialStatus.DEFECTIVE);

        DatePicker promisedBy = new DatePicker();
        promisedBy.setId("promisedBy-" + code);
        promisedBy.setPromptText(text.get("intake.checklist.promisedByPrompt"));
        promisedBy.setConverter(new IsoDates());
        promisedBy.valueProperty().bindBidirectional(line.promisedByProperty());
        promisedBy.setPrefWidth(150);
        showWhen(promisedBy, line, MaterialStatus.TOLERATED);

        TextField reference = new TextField();
        reference.setId("reference-" + code);
        reference.setPromptText(text.get("intake.checklist.referencePrompt"));
        reference.textProperty().bindBidirectional(line.referenceProperty());
        showWhen(reference, line, MaterialStatus.EARLIER_CASE);

        VBox detail = new VBox(4, state, problem, promisedBy, reference);
        detail.setPrefWidth(260);
        detail.setMinWidth(260);
        HBox row = new HBox(12, what, detail);
        row.getStyleClass().add("material-row");
        row.setUserData(line);
        line.statusProperty().addListener((o, before, now) -> markState(row, now));
        markState(row, line.statusProperty().get());
        return row;
    }

    private static void markState(HBox row, MaterialStatus status) {
        row.getStyleClass().removeAll("state-ok", "state-problem", "state-open");
        row.getStyleClass().add(status == MaterialStatus.NOT_CHECKED ? "state-open"
                : status.satisfied() || status == MaterialStatus.TOLERATED ? "state-ok" : "state-problem");
    }

    private static void showWhen(Node detail, MaterialLineViewModel line, MaterialStatus status) {
        detail.visibleProperty().bind(line.statusProperty().isEqualTo(status));
        detail.managedProperty().bind(detail.visibleProperty());
    }

    Parent root() {
        return root;
    }

    void focus() {
        rows.getChildren().stream().findFirst()
                .map(row -> ((VBox) ((HBox) row).getChildren().get(1)).getChildren().get(0))
                .ifPresentOrElse(Node::requestFocus, allPresented::requestFocus);
    }

    /** A state with the key that picks it, e.g. "Alt+3 缺少"; a material not yet checked says so, in words. */
    private final class StateCell extends ListCell<MaterialStatus> {
        @Override
        protected void updateItem(MaterialStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setText(null);
            } else if (status == MaterialStatus.NOT_CHECKED) {
                setText(labels.of(status));
            } else {
                setText(text.get("intake.checklist.state", MaterialStateChoice.digitOf(status), labels.of(status)));
            }
        }
    }

    /** Dates typed as 2026-12-01, the form a clerk can type without a calendar popup. */
    private static final class IsoDates extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : ISO.format(date);
        }

        @Override
        public LocalDate fromString(String typed) {
            try {
                return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip(), ISO);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
