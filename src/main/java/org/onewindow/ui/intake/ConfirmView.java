package org.onewindow.ui.intake;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.onewindow.domain.intake.RefusalGround;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.app.Explanation;
import org.onewindow.ui.app.Labels;

/**
 * Step 4. Enter records the decision; Alt+R turns it into a refusal proposal for a supervisor; Alt+M opens the
 * mail address (邮寄送达) and Alt+J the postal intake (材料邮寄收件), each with its first field focused.
 */
public final class ConfirmView {

    private final ConfirmViewModel viewModel;
    private final Labels labels;
    private final Parent root;

    @FXML private VBox summary;
    @FXML private CheckBox mailResult;
    @FXML private VBox mailBox;
    @FXML private TextField mailRecipient;
    @FXML private TextField mailPhone;
    @FXML private TextField mailAddress;
    @FXML private CheckBox postalIntake;
    @FXML private VBox postalBox;
    @FXML private TextField postalCourier;
    @FXML private TextField postalWaybill;
    @FXML private DatePicker postalArrivedOn;
    @FXML private CheckBox refusing;
    @FXML private VBox refusalBox;
    @FXML private ComboBox<RefusalGround> ground;
    @FXML private TextArea reason;
    @FXML private Label verdict;
    @FXML private VBox explanation;

    ConfirmView(ConfirmViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.labels = new Labels(loader.localization());
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Explanation.show(summary, viewModel.summary());
        Explanation.show(explanation, viewModel.explanation());
        verdict.textProperty().bind(viewModel.verdictProperty());
        refusing.selectedProperty().bindBidirectional(viewModel.refusingProperty());
        refusalBox.visibleProperty().bind(viewModel.refusingProperty());
        refusalBox.managedProperty().bind(refusalBox.visibleProperty());
        ground.getItems().setAll(viewModel.refusalGrounds());
        ground.setCellFactory(list -> new GroundCell());
        ground.setButtonCell(new GroundCell());
        ground.valueProperty().bindBidirectional(viewModel.refusalGroundProperty());
        reason.textProperty().bindBidirectional(viewModel.refusalReasonProperty());
        mailResult.selectedProperty().bindBidirectional(viewModel.mailResultProperty());
        mailBox.visibleProperty().bind(viewModel.mailResultProperty());
        mailBox.managedProperty().bind(mailBox.visibleProperty());
        mailRecipient.textProperty().bindBidirectional(viewModel.mailRecipientProperty());
        mailPhone.textProperty().bindBidirectional(viewModel.mailPhoneProperty());
        mailAddress.textProperty().bindBidirectional(viewModel.mailAddressProperty());
        postalIntake.selectedProperty().bindBidirectional(viewModel.postalIntakeProperty());
        postalBox.visibleProperty().bind(viewModel.postalIntakeProperty());
        postalBox.managedProperty().bind(postalBox.visibleProperty());
        postalCourier.textProperty().bindBidirectional(viewModel.postalCourierProperty());
        postalWaybill.textProperty().bindBidirectional(viewModel.postalWaybillProperty());
        postalArrivedOn.valueProperty().bindBidirectional(viewModel.postalArrivedOnProperty());
        viewModel.mailResultProperty().addListener((o, before, now) -> {
            if (now) {
                mailRecipient.requestFocus();
            }
        });
        viewModel.postalIntakeProperty().addListener((o, before, now) -> {
            if (now) {
                postalCourier.requestFocus();
            }
        });
        viewModel.refusingProperty().addListener((o, before, now) -> {
            if (now) {
                reason.requestFocus();
            }
        });
    }

    Parent root() {
        return root;
    }

    private final class GroundCell extends ListCell<RefusalGround> {
        @Override
        protected void updateItem(RefusalGround value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : labels.of(value));
        }
    }
}
