package org.onewindow.ui.intake;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.scene.control.ListView;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.intake.ApplicantViewModel.SituationChoice;

/** Step 2. Each field's problem is shown beneath it as it is typed. */
public final class ApplicantView {


    private final ApplicantViewModel viewModel;
    private final Localization text;
    private final Parent root;

    @FXML private ToggleGroup typeGroup;
    @FXML private RadioButton person;
    @FXML private RadioButton company;
    @FXML private Label nameLabel;
    @FXML private TextField name;
    @FXML private Label nameProblem;
    @FXML private ComboBox<IdKind> idKind;
    @FXML private Label idNumberLabel;
    @FXML private TextField idNumber;
    @FXML private Label idNumberProblem;
    @FXML private Label idNumberHint;
    @FXML private VBox legalRepresentativeBox;
    @FXML private TextField legalRepresentative;
    @FXML private Label legalRepresentativeProblem;
    @FXML private TextField phone;
    @FXML private Label phoneProblem;
    @FXML private TextField address;
    @FXML private Label addressProblem;
    @FXML private CheckBox hasAgent;
    @FXML private VBox agentBox;
    @FXML private TextField agentName;
    @FXML private Label agentNameProblem;
    @FXML private ComboBox<IdKind> agentIdKind;
    @FXML private TextField agentIdNumber;
    @FXML private Label agentIdNumberProblem;
    @FXML private TextField agentPhone;
    @FXML private Label agentPhoneProblem;
    @FXML private Label noSituations;
    @FXML private FlowPane situations;

    ApplicantView(ApplicantViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.text = loader.localization();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        person.setSelected(viewModel.typeProperty().get() == ApplicantType.PERSON);
        company.setSelected(viewModel.typeProperty().get() == ApplicantType.COMPANY);
        typeGroup.selectedToggleProperty().addListener((o, before, now) -> {
            if (now != null) {
                viewModel.typeProperty().set(now == company ? ApplicantType.COMPANY : ApplicantType.PERSON);
            }
        });
        viewModel.typeProperty().addListener((o, before, now) -> showType(now));
        showType(viewModel.typeProperty().get());

        name.textProperty().bindBidirectional(viewModel.nameProperty());
        idNumber.textProperty().bindBidirectional(viewModel.idNumberProperty());
        legalRepresentative.textProperty().bindBidirectional(viewModel.legalRepresentativeProperty());
        phone.textProperty().bindBidirectional(viewModel.phoneProperty());
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        hasAgent.selectedProperty().bindBidirectional(viewModel.hasAgentProperty());
        agentName.textProperty().bindBidirectional(viewModel.agentNameProperty());
        agentIdNumber.textProperty().bindBidirectional(viewModel.agentIdNumberProperty());
        agentPhone.textProperty().bindBidirectional(viewModel.agentPhoneProperty());
        idKindChoice(idKind);
        idKind.valueProperty().bindBidirectional(viewModel.idKindProperty());
        idKindChoice(agentIdKind);
        agentIdKind.getItems().setAll(viewModel.personIdKinds());
        agentIdKind.valueProperty().bindBidirectional(viewModel.agentIdKindProperty());

        showProblem(nameProblem, viewModel.nameProblemProperty());
        showProblem(idNumberProblem, viewModel.idNumberProblemProperty());
        showProblem(idNumberHint, viewModel.idNumberHintProperty());
        showProblem(legalRepresentativeProblem, viewModel.legalRepresentativeProblemProperty());
        showProblem(phoneProblem, viewModel.phoneProblemProperty());
        showProblem(addressProblem, viewModel.addressProblemProperty());
        showProblem(agentNameProblem, viewModel.agentNameProblemProperty());
        showProblem(agentIdNumberProblem, viewModel.agentIdNumberProblemProperty());
        showProblem(agentPhoneProblem, viewModel.agentPhoneProblemProperty());
        new FieldProblems()
                .watch(name, viewModel.nameProblemProperty())
                .watch(idNumber, viewModel.idNumberProblemProperty())
                .watch(legalRepresentative, viewModel.legalRepresentativeProblemProperty())
                .watch(phone, viewModel.phoneProblemProperty())
                .watch(address, viewModel.addressProblemProperty())
                .watch(agentName, viewModel.agentNameProblemProperty())
                .watch(agentIdNumber, viewModel.agentIdNumberProblemProperty())
                .watch(agentPhone, viewModel.agentPhoneProblemProperty());

        agentBox.visibleProperty().bind(viewModel.hasAgentProperty());
        agentBox.managedProperty().bind(agentBox.visibleProperty());
        viewModel.situations().addListener((ListChangeListener<SituationChoice>) change -> showSituations());
        showSituations();
    }

    private void showType(ApplicantType type) {
        boolean isCompany = type == ApplicantType.COMPANY;
        (isCompany ? company : person).setSelected(true);
        nameLabel.setText(isCompany ? text.get("intake.applicant.companyName") : text.get("intake.applicant.personName"));
        idNumberLabel.setText(isCompany ? text.get("intake.applicant.companyId") : text.get("intake.applicant.personId"));
        idKind.getItems().setAll(isCompany ? java.util.List.of(IdKind.CREDIT_CODE) : viewModel.personIdKinds());
        idKind.setValue(viewModel.idKindProperty().get());
        idKind.setDisable(isCompany);
        legalRepresentativeBox.setVisible(isCompany);
        legalRepresentativeBox.setManaged(isCompany);
    }

    private void showSituations() {
        situations.getChildren().clear();
        // 委托代理 follows the agent check box above; offering it twice would only invite a contradiction
        for (SituationChoice choice : viewModel.situations()) {
            if (choice.agent()) {
                continue;
            }
            CheckBox box = new CheckBox(choice.name());
            box.setId("situation-" + choice.code());
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            situations.getChildren().add(box);
        }
        noSituations.setVisible(situations.getChildren().isEmpty());
        noSituations.setManaged(noSituations.isVisible());
    }

    private static void showProblem(Label label, javafx.beans.value.ObservableStringValue problem) {
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void idKindChoice(ComboBox<IdKind> box) {
        Labels labels = new Labels(text);
        Callback<ListView<IdKind>, ListCell<IdKind>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(IdKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : labels.of(kind));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    Parent root() {
        return root;
    }

    void focus() {
        name.requestFocus();
    }

    /** Alt+K: the kind of document is left out of Tab (a resident ID is the rule); this opens its choice. */
    void chooseIdKind() {
        if (!idKind.isDisabled()) {
            idKind.requestFocus();
            idKind.show();
        }
    }
}
