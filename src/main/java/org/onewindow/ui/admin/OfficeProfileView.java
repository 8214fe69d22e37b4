package org.onewindow.ui.admin;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** 办公场所信息: the office's details, one field a line, the seal image, and 保存 (Enter). */
public final class OfficeProfileView implements Screen {

    private final OfficeProfileViewModel viewModel;
    private final Localization texts;
    private final Supplier<Optional<File>> choosePng;
    private final Parent root;

    @FXML private TextField name;
    @FXML private TextField abbreviation;
    @FXML private TextField address;
    @FXML private TextField phone;
    @FXML private TextField openingHours;
    @FXML private TextField progressQuery;
    @FXML private TextField reviewAuthority;
    @FXML private TextField litigationCourt;
    @FXML private Label seal;
    @FXML private Label status;
    @FXML private Button saveButton;
    @FXML private Button removeSealButton;

    /** @param choosePng asks the administrator for a PNG file (a file chooser in the window); empty when cancelled */
    public OfficeProfileView(OfficeProfileViewModel viewModel, ViewLoader loader, Supplier<Optional<File>> choosePng) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.choosePng = choosePng;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        abbreviation.textProperty().bindBidirectional(viewModel.abbreviationProperty());
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        phone.textProperty().bindBidirectional(viewModel.phoneProperty());
        openingHours.textProperty().bindBidirectional(viewModel.openingHoursProperty());
        progressQuery.textProperty().bindBidirectional(viewModel.progressQueryProperty());
        reviewAuthority.textProperty().bindBidirectional(viewModel.reviewAuthorityProperty());
        litigationCourt.textProperty().bindBidirectional(viewModel.litigationCourtProperty());
        seal.textProperty().bind(viewModel.sealProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((o, before, failed) -> {
            status.getStyleClass().remove("message-error");
            if (failed) {
                status.getStyleClass().add("message-error");
            }
        });
        saveButton.disableProperty().bind(viewModel.busyProperty());
        removeSealButton.disableProperty().bind(viewModel.hasSealProperty().not().or(viewModel.busyProperty()));
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void chooseSeal() {
        choosePng.get().ifPresent(file -> viewModel.useSeal(file.toPath()));
    }

    @FXML
    private void removeSeal() {
        viewModel.removeSeal();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("office.title");
    }

    @Override
    public void shown() {
        viewModel.load();
        name.requestFocus();
    }
}
