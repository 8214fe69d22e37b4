package org.onewindow.ui.intake;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.ui.app.AltKeys;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/**
 * The new-application screen: the four steps one at a time, Enter goes on (the default button), Esc
 * goes back a step (and, on the first step, leaves the flow through the window's own Esc). Each step
 * puts the focus on its first field. Once the case is saved it is handed on to the document step.
 */
public final class NewApplicationView implements Screen {

    private final NewApplicationViewModel viewModel;
    private final Localization text;
    private final Consumer<CaseState> onSaved;
    private final ItemChoiceView choice;
    private final ApplicantView applicant;
    private final ChecklistView checklist;
    private final ConfirmView confirm;
    private final Parent root;

    @FXML private BorderPane flow;
    @FXML private Label stepChoose;
    @FXML private Label stepApplicant;
    @FXML private Label stepChecklist;
    @FXML private Label stepConfirm;
    @FXML private StackPane content;
    @FXML private Label message;
    @FXML private Label warnings;
    @FXML private Label progress;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    /** @param onSaved receives the saved case, e.g. to open the document step in place of this screen */
    public NewApplicationView(NewApplicationViewModel viewModel, ViewLoader loader, Consumer<CaseState> onSaved) {
        this.viewModel = viewModel;
        this.text = loader.localization();
        this.onSaved = onSaved;
        this.choice = new ItemChoiceView(viewModel.choice(), loader, viewModel::next);
        this.applicant = new ApplicantView(viewModel.applicant(), loader);
        this.checklist = new ChecklistView(viewModel.checklist(), loader);
        this.confirm = new ConfirmView(viewModel.confirm(), loader);
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        content.getChildren().setAll(choice.root(), applicant.root(), checklist.root(), confirm.root());
        // what stopped the confirmation is said on its step only, not on the steps gone back to
        message.textProperty().bind(Bindings.when(viewModel.stepProperty().isEqualTo(Step.CONFIRM))
                .then(viewModel.messageProperty().concat(viewModel.confirm().problemProperty()))
                .otherwise(viewModel.messageProperty()));
        progress.textProperty().bind(viewModel.confirm().progressProperty());
        warnings.textProperty().bind(viewModel.confirm().warningTextProperty());
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty()
                .and(viewModel.stepProperty().isEqualTo(Step.CHECKLIST).or(viewModel.stepProperty().isEqualTo(Step.CONFIRM))));
        warnings.managedProperty().bind(warnings.visibleProperty());
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
        // Enter goes on; on a check box or radio button it would tick or untick it instead (不予受理 among them)
        flow.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isAltDown() && !event.isShortcutDown()
                    && flow.getScene() != null && (flow.getScene().getFocusOwner() instanceof CheckBox
                    || flow.getScene().getFocusOwner() instanceof ToggleButton)) {
                event.consume();
                if (!nextButton.isDisabled()) {
                    next();
                }
            }
        });
        AltKeys frequent = AltKeys.on(flow);
        for (int n = 1; n <= 9; n++) {
            int which = n;
            frequent.key(KeyCode.valueOf("DIGIT" + n), () -> onStep(Step.CHOOSE, () -> {
                if (viewModel.choice().chooseFrequent(which)) {
                    viewModel.next();
                }
            }));
        }
        AltKeys.on(flow)
                .key(KeyCode.F, () -> onStep(Step.CHOOSE, choice::focus))
                .key(KeyCode.B, () -> onStep(Step.CHOOSE, choice::focusBundles))
                .key(KeyCode.P, () -> onStep(Step.APPLICANT, () -> viewModel.applicant().typeProperty().set(ApplicantType.PERSON)))
                .key(KeyCode.C, () -> onStep(Step.APPLICANT, () -> viewModel.applicant().typeProperty().set(ApplicantType.COMPANY)))
                .key(KeyCode.A, () -> onStep(Step.APPLICANT, () -> {
                    BooleanProperty agent = viewModel.applicant().hasAgentProperty();
                    agent.set(!agent.get());
                }))
                .key(KeyCode.K, () -> onStep(Step.APPLICANT, applicant::chooseIdKind))
                .key(KeyCode.R, () -> onStep(Step.CONFIRM, () -> {
                    BooleanProperty refusing = viewModel.confirm().refusingProperty();
                    refusing.set(!refusing.get());
                }))
                .key(KeyCode.M, () -> onStep(Step.CONFIRM, () -> {
                    BooleanProperty mail = viewModel.confirm().mailResultProperty();
                    mail.set(!mail.get());
                }))
                .key(KeyCode.J, () -> onStep(Step.CONFIRM, () -> {
                    BooleanProperty postal = viewModel.confirm().postalIntakeProperty();
                    postal.set(!postal.get());
                }));
        viewModel.focusRequestProperty().addListener((o, before, request) -> {
            if (request != null && !request.isEmpty()) {
                Platform.runLater(() -> {
                    Node field = flow.lookup("#" + request);
                    if (field != null) {
                        field.requestFocus();
                    }
                });
            }
        });
        show(viewModel.stepProperty().get());
    }

    /** Runs {@code action} on {@code step} only; whether it did, so a key of another step goes on. */
    private boolean onStep(Step step, Runnable action) {
        if (viewModel.stepProperty().get() != step) {
            return false;
        }
        action.run();
        return true;
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
        nextButton.setText(step == Step.CONFIRM ? text.get("intake.confirm.record") : text.get("intake.next"));
        focus(step);
    }

    /**
     * At once, so keys typed right after Enter reach the new step and not a field of the hidden one;
     * and once more after layout, for the first showing, before the screen is in a window.
     */
    private void focus(Step step) {
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
        return text.get("intake.title");
    }

    @Override
    public void shown() {
        focus(viewModel.stepProperty().get());
    }

    @Override
    public boolean holdsDraft() {
        return viewModel.holdsDraft();
    }
}
