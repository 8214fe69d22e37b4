package org.onewindow.ui.cases;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.ViewLoader;

/**
 * The part of the case detail after acceptance: what the department did, the fee, the certificate, collection and
 * mail. Every control is in the Tab order; the tabs are reached with Ctrl+Tab as any tab pane.
 */
public final class CaseAfterView {

    private final CaseAfterViewModel viewModel;
    private final Parent root;

    @FXML private Label department;
    @FXML private Label stage;
    @FXML private Label fee;
    @FXML private Label licence;
    @FXML private Label certificate;
    @FXML private Label delivery;
    @FXML private Label problem;
    @FXML private Label message;
    @FXML private TabPane actions;
    @FXML private Tab feeTab;
    @FXML private Tab certificateTab;
    @FXML private Tab collectTab;
    @FXML private Tab mailTab;
    @FXML private TextField amount;
    @FXML private TextField receiptNumber;
    @FXML private TextField payer;
    @FXML private TextField waiverBasis;
    @FXML private Button payButton;
    @FXML private Button waiveButton;
    @FXML private RadioButton plainPaper;
    @FXML private RadioButton onStock;
    @FXML private Button issueButton;
    @FXML private TextField voidReason;
    @FXML private Button reprintButton;
    @FXML private RadioButton applicantCollects;
    @FXML private RadioButton agentCollects;
    @FXML private TextField collectorName;
    @FXML private TextField collectorId;
    @FXML private FlowPane authorisationLine;
    @FXML private TextField authorisation;
    @FXML private Button collectButton;
    @FXML private TextField courier;
    @FXML private TextField waybill;
    @FXML private TextField postage;
    @FXML private CheckBox freePost;
    @FXML private CheckBox smallLabel;
    @FXML private Button mailButton;
    @FXML private TextField trackNote;
    @FXML private Button deliveredButton;
    @FXML private Button returnedButton;

    public CaseAfterView(CaseAfterViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.root = loader.load(this);
        root.visibleProperty().bind(viewModel.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void initialize() {
        department.textProperty().bind(viewModel.departmentProperty());
        stage.textProperty().bind(viewModel.stageProperty());
        fee.textProperty().bind(viewModel.feeProperty());
        licence.textProperty().bind(viewModel.licenceProperty());
        certificate.textProperty().bind(viewModel.certificateProperty());
        delivery.textProperty().bind(viewModel.deliveryProperty());
        Messages.show(problem, viewModel.problemProperty());
        Messages.show(message, viewModel.messageProperty());
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        receiptNumber.textProperty().bindBidirectional(viewModel.receiptNumberProperty());
        payer.textProperty().bindBidirectional(viewModel.payerProperty());
        waiverBasis.textProperty().bindBidirectional(viewModel.waiverBasisProperty());
        payButton.disableProperty().bind(viewModel.feeOpenProperty().not().or(viewModel.busyProperty()));
        waiveButton.disableProperty().bind(payButton.disableProperty());
        ToggleGroup stock = new ToggleGroup();
        plainPaper.setToggleGroup(stock);
        onStock.setToggleGroup(stock);
        plainPaper.setSelected(!viewModel.onStockProperty().get());
        onStock.selectedProperty().bindBidirectional(viewModel.onStockProperty());
        onStock.setSelected(viewModel.onStockProperty().get());
        issueButton.disableProperty().bind(viewModel.mayIssueProperty().not().or(viewModel.busyProperty()));
        voidReason.textProperty().bindBidirectional(viewModel.voidReasonProperty());
        reprintButton.disableProperty().bind(viewModel.mayReprintProperty().not().or(viewModel.busyProperty()));
        ToggleGroup capacity = new ToggleGroup();
        applicantCollects.setToggleGroup(capacity);
        agentCollects.setToggleGroup(capacity);
        applicantCollects.setSelected(true);
        agentCollects.selectedProperty().bindBidirectional(viewModel.byAgentProperty());
        authorisationLine.visibleProperty().bind(viewModel.byAgentProperty());
        authorisationLine.managedProperty().bind(authorisationLine.visibleProperty());
        collectorName.textProperty().bindBidirectional(viewModel.collectorNameProperty());
        collectorId.textProperty().bindBidirectional(viewModel.collectorIdProperty());
        authorisation.textProperty().bindBidirectional(viewModel.authorisationProperty());
        collectButton.disableProperty().bind(viewModel.mayCollectProperty().not().or(viewModel.busyProperty()));
        courier.textProperty().bindBidirectional(viewModel.courierProperty());
        waybill.textProperty().bindBidirectional(viewModel.waybillProperty());
        postage.textProperty().bindBidirectional(viewModel.postageProperty());
        freePost.selectedProperty().bindBidirectional(viewModel.postagePaidByHallProperty());
        smallLabel.selectedProperty().bindBidirectional(viewModel.smallLabelProperty());
        mailButton.disableProperty().bind(viewModel.mayMailProperty().not().or(viewModel.busyProperty()));
        trackNote.textProperty().bindBidirectional(viewModel.trackNoteProperty());
        deliveredButton.disableProperty().bind(viewModel.mayTrackProperty().not().or(viewModel.busyProperty()));
        returnedButton.disableProperty().bind(deliveredButton.disableProperty());
        collectTab.disableProperty().bind(viewModel.byMailProperty());
        mailTab.disableProperty().bind(viewModel.byMailProperty().not());
        // the tab the case needs next comes first
        viewModel.feeOpenProperty().addListener((o, before, open) -> chooseTab());
        viewModel.byMailProperty().addListener((o, before, mail) -> chooseTab());
        viewModel.mayIssueProperty().addListener((o, before, may) -> chooseTab());
    }

    private void chooseTab() {
        Tab next = viewModel.feeOpenProperty().get() ? feeTab
                : viewModel.mayIssueProperty().get() ? certificateTab
                : viewModel.byMailProperty().get() ? mailTab : collectTab;
        actions.getSelectionModel().select(next);
    }

    @FXML
    private void pay() {
        viewModel.pay();
    }

    @FXML
    private void waive() {
        viewModel.waive();
    }

    @FXML
    private void issue() {
        viewModel.issue();
    }

    @FXML
    private void voidAndReprint() {
        viewModel.voidAndReprint();
    }

    @FXML
    private void collect() {
        viewModel.collect();
    }

    @FXML
    private void mail() {
        viewModel.mail();
    }

    @FXML
    private void delivered() {
        viewModel.delivered();
    }

    @FXML
    private void returned() {
        viewModel.returned();
    }

    Parent root() {
        return root;
    }
}
