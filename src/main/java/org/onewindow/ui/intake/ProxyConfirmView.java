package org.onewindow.ui.intake;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.onewindow.app.ProxyIntake;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.ui.app.ViewLoader;

/** The agent's last step: the summary, what will happen to the file, and how the applicant authorised the agent. */
final class ProxyConfirmView {

    private final ProxyConfirmViewModel viewModel;
    private final Parent root;

    @FXML private Label verdict;
    @FXML private ListView<String> summary;
    @FXML private ListView<String> explanation;
    @FXML private VBox authorisationBox;
    @FXML private RadioButton letter;
    @FXML private RadioButton onScreen;
    @FXML private Label consentStatement;
    @FXML private CheckBox consentGiven;

    ProxyConfirmView(ProxyConfirmViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        verdict.textProperty().bind(viewModel.verdictProperty());
        summary.setItems(viewModel.summary());
        explanation.setItems(viewModel.explanation());
        authorisationBox.visibleProperty().bind(viewModel.modeProperty().isEqualTo(ProxyIntake.Mode.PROXY));
        authorisationBox.managedProperty().bind(authorisationBox.visibleProperty());
        ToggleGroup how = new ToggleGroup();
        letter.setToggleGroup(how);
        onScreen.setToggleGroup(how);
        letter.setSelected(true);
        how.selectedToggleProperty().addListener((o, was, now) -> viewModel.authorisationProperty()
                .set(now == onScreen ? Authorisation.Method.ON_SCREEN_CONSENT : Authorisation.Method.PRINTED_LETTER));
        consentStatement.textProperty().bind(viewModel.consentStatementProperty());
        consentStatement.visibleProperty().bind(onScreen.selectedProperty());
        consentStatement.managedProperty().bind(consentStatement.visibleProperty());
        consentGiven.visibleProperty().bind(onScreen.selectedProperty());
        consentGiven.managedProperty().bind(consentGiven.visibleProperty());
        consentGiven.selectedProperty().bindBidirectional(viewModel.consentGivenProperty());
    }

    Parent root() {
        return root;
    }
}
