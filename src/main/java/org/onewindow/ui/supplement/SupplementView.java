package org.onewindow.ui.supplement;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/**
 * 补齐补正: the case number, what the case owes with a choice per material, and 记录补正 (Enter).
 * Once a notified case is accepted, {@code onAccepted} takes over (the receipt's document step).
 */
public final class SupplementView implements Screen {

    private final SupplementViewModel viewModel;
    private final Localization texts;
    private final Parent root;

    @FXML private TextField caseNumberField;
    @FXML private Label heading;
    @FXML private Label problem;
    @FXML private Label outcome;
    @FXML private VBox owedLines;
    @FXML private TextField noteField;
    @FXML private Button recordButton;

    public SupplementView(SupplementViewModel viewModel, ViewLoader loader, Consumer<CaseState> onAccepted) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.root = loader.load(this);
        viewModel.acceptedProperty().addListener((o, before, accepted) -> {
            if (accepted != null) {
                onAccepted.accept(accepted);
            }
        });
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        Messages.show(problem, viewModel.problemProperty());
        Messages.show(outcome, viewModel.outcomeProperty());
        recordButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.currentProperty().isNull()));
        viewModel.currentProperty().addListener((o, before, now) -> {
            if (now != null) {
                caseNumberField.setText(now.caseNumber());
                noteField.clear();
            }
        });
        viewModel.lines().addListener((ListChangeListener<OwedLine>) change ->
                owedLines.getChildren().setAll(viewModel.lines().stream().map(this::row).toList()));
    }

    private HBox row(OwedLine line) {
        Label name = new Label(line.materialName());
        name.setMinWidth(220);
        Label why = new Label(line.why());
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        HBox.setHgrow(why, Priority.ALWAYS);
        ChoiceBox<MaterialStatus> brought = new ChoiceBox<>();
        brought.setId("brought-" + line.materialCode());
        brought.getItems().setAll(OwedLine.CHOICES);
        brought.setConverter(new StringConverter<>() {
            @Override
            public String toString(MaterialStatus status) {
                return status == null ? "" : new Labels(texts).of(status);
            }

            @Override
            public MaterialStatus fromString(String text) {
                throw new UnsupportedOperationException("a choice box does not parse");
            }
        });
        brought.valueProperty().bindBidirectional(line.broughtProperty());
        HBox row = new HBox(12, name, why, brought);
        return row;
    }

    @FXML
    private void find() {
        viewModel.find(caseNumberField.getText());
    }

    @FXML
    private void record() {
        viewModel.record(noteField.getText());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("supplement.title");
    }

    @Override
    public void shown() {
        // the first owed material when a case is open, else the number the applicant shows
        owedLines.getChildren().stream().flatMap(row -> ((HBox) row).getChildren().stream())
                .filter(ChoiceBox.class::isInstance).findFirst()
                .ifPresentOrElse(Node::requestFocus, caseNumberField::requestFocus);
    }
}
