package org.onewindow.ui.intake;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The agent's intake screen: the window's first three steps and the agent's own last step, keyboard first. */
public final class ProxyIntakeView implements Screen {

    private final ProxyIntakeViewModel viewModel;
    private final Localization text;
    private final Consumer<CaseState> onSaved;
    private final ItemChoiceView choice;
    private final ApplicantView applicant;
    private final ChecklistView checklist;
    private final ProxyConfirmView confirm;
    private final Parent root;

    @FXML private BorderPane flow;
    @FXML private Label stepChoose;
    @FXML private Label stepApplicant;
    @FXML private Label stepChecklist;
    @FXML private Label stepConfirm;
    @FXML private Label siteLine;
    @FXML private StackPane content;
    @FXML private Label message;
    @FXML private Label progress;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    /** @param siteLine who takes it in, e.g. 蒋村街道龙井村便民代办点（村（社区）代办点） */
    public ProxyIntakeView(ProxyIntakeViewModel viewModel, ViewLoader loader, String siteLine, Consumer<CaseState> onSaved) {
        this.viewModel = viewModel;
        this.text = loader.localization();
        this.onSaved = onSaved;
        this.choice = new ItemChoiceView(viewModel.choice(), loader, viewModel::next);
        this.applicant = new ApplicantView(viewModel.applicant(), loader);
        this.checklist = new ChecklistView(viewModel.checklist(), loader);
        this.confirm = new ProxyConfirmView(viewModel.confirm(), loader);
        this.root = loader.load(this);
        this.siteLine.setText(siteLine);
    }

    @FXML
    private void initialize() {
        content.getChildren().setAll(choice.root(), applicant.root(), checklist.root(), confirm.root());
        message.textProperty().bind(viewModel.messageProperty().concat(viewModel.confirm().problemProperty()));
        progress.textProperty().bind(viewModel.confirm().progressProperty());
        viewModel.stepProperty().addListener((o, before, now) -> show(now));
        nextButton.disableProperty().bind(viewModel.confirm().busyProperty());
        backButton.disableProperty().bind(viewModel.confirm().busyProperty()
                .or(viewModel.stepProperty().isEqualTo(Step.CHOOSE)));
        viewModel.confirm().savedProperty().addListener((o, before, saved) -> {
            if (saved != null) {
                onSaved.accept(saved);
            }
        });
        flow.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.back()) {
                event.consume();
            }
        });
        show(viewModel.stepProperty().get());
    }

    private void show(Step step) {
        Map<Step, Parent> roots = Map.of(Step.CHOOSE, choice.root(), Step.APPLICANT, applicant.root(),
                Step.CHECKLIST, checklist.root(), Step.CONFIRM, confirm.root());
        roots.forEach((each, node) -> {
            node.setVisible(each == step);
            node.setManaged(each == step);
        });
        List<Label> labels = List.of(stepChoose, stepApplicant, stepChecklist, stepConfirm);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).getStyleClass().removeAll("current", "done", "todo");
            labels.get(i).getStyleClass().add(i == step.ordinal() ? "current" : i < step.ordinal() ? "done" : "todo");
        }
        nextButton.setText(step == Step.CONFIRM ? text.get("agent.confirm.record") : text.get("intake.next"));
        Runnable focus = () -> {
            switch (step) {
                case CHOOSE -> choice.focus();
                case APPLICANT -> applicant.focus();
                case CHECKLIST -> checklist.focus();
                case CONFIRM -> nextButton.requestFocus();
            }
        };
        focus.run();
        Platform.runLater(focus);
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return text.get("agent.intake.title");
    }

    @Override
    public void shown() {
        show(viewModel.stepProperty().get());
    }
}
