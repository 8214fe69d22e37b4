package org.onewindow.ui.admin;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.layout.Paper;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** 打印机设置: a row per kind of document — printer, paper, tray, test page — then calibration, then 保存 (Enter). */
public final class PrinterSettingsView implements Screen {

    private final PrinterSettingsViewModel viewModel;
    private final Localization texts;
    private final Labels labels;
    private final Parent root;

    @FXML private GridPane grid;
    @FXML private TextField offsetRight;
    @FXML private TextField offsetDown;
    @FXML private Button saveButton;
    @FXML private Button calibrationButton;
    @FXML private Label status;

    public PrinterSettingsView(PrinterSettingsViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.labels = new Labels(texts);
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        int row = 1;
        for (PrinterRole role : PrinterRole.values()) {
            PrinterSettingsViewModel.Choice choice = viewModel.choice(role);
            ComboBox<String> printer = new ComboBox<>();
            printer.setId("printer-" + role.name());
            printer.setMaxWidth(Double.MAX_VALUE);
            printer.setConverter(new Named(this::printerName));
            printer.setCellFactory(list -> new NamedCell(this::printerName));
            printer.setButtonCell(new NamedCell(this::printerName));
            Runnable offer = () -> {
                String chosen = choice.printerProperty().get();
                printer.getItems().setAll(viewModel.printers());
                printer.getItems().add(0, "");
                if (!chosen.isEmpty() && !printer.getItems().contains(chosen)) {
                    printer.getItems().add(chosen); // set before, not reachable now: shown, not lost
                }
                printer.setValue(chosen);
            };
            viewModel.printers().addListener((ListChangeListener<String>) change -> offer.run());
            viewModel.systemDefaultProperty().addListener((o, before, now) -> offer.run());
            offer.run();
            printer.valueProperty().bindBidirectional(choice.printerProperty());

            ComboBox<Paper> paper = new ComboBox<>();
            paper.setId("paper-" + role.name());
            paper.getItems().setAll(PrinterSettingsViewModel.PAPERS);
            paper.valueProperty().bindBidirectional(choice.paperProperty());

            ComboBox<String> tray = new ComboBox<>();
            tray.setId("tray-" + role.name());
            tray.setMaxWidth(Double.MAX_VALUE);
            tray.setConverter(new Named(this::trayName));
            tray.setCellFactory(list -> new NamedCell(this::trayName));
            tray.setButtonCell(new NamedCell(this::trayName));
            Runnable trays = () -> {
                String chosen = choice.trayProperty().get();
                tray.getItems().setAll(choice.trays());
                tray.getItems().add(0, "");
                if (!chosen.isEmpty() && !tray.getItems().contains(chosen)) {
                    tray.getItems().add(chosen);
                }
                tray.setValue(chosen);
            };
            choice.trays().addListener((ListChangeListener<String>) change -> trays.run());
            trays.run();
            tray.valueProperty().bindBidirectional(choice.trayProperty());

            Button test = new Button(texts.get("printers.testPage"));
            test.setId("testPage-" + role.name());
            test.setOnAction(event -> viewModel.printTestPage(role));
            test.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            test.disableProperty().bind(viewModel.busyProperty());
            grid.addRow(row++, new Label(labels.of(role)), printer, paper, tray, test);
        }
        offsetRight.textProperty().bindBidirectional(viewModel.offsetRightProperty());
        offsetDown.textProperty().bindBidirectional(viewModel.offsetDownProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((o, before, failed) -> {
            status.getStyleClass().remove("message-error");
            if (failed) {
                status.getStyleClass().add("message-error");
            }
        });
        saveButton.disableProperty().bind(viewModel.busyProperty());
        calibrationButton.disableProperty().bind(viewModel.busyProperty());
    }

    private String printerName(String name) {
        if (name == null || !name.isEmpty()) {
            return name == null ? "" : name;
        }
        String systemDefault = viewModel.systemDefaultProperty().get();
        return systemDefault.isEmpty() ? texts.get("printers.systemDefaultNone") : texts.get("printers.systemDefault", systemDefault);
    }

    private String trayName(String name) {
        return name == null || name.isEmpty() ? texts.get("printers.trayAutomatic") : name;
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void printCalibrationPage() {
        viewModel.printCalibrationPage();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("printers.title");
    }

    @Override
    public void shown() {
        viewModel.load();
        javafx.application.Platform.runLater(() -> grid.lookup("#printer-RECEIPT").requestFocus());
    }

    /** Text for a printer or tray name, where the empty name is the system's own choice. */
    private static final class Named extends StringConverter<String> {
        private final java.util.function.UnaryOperator<String> naming;

        Named(java.util.function.UnaryOperator<String> naming) {
            this.naming = naming;
        }

        @Override
        public String toString(String name) {
            return naming.apply(name);
        }

        @Override
        public String fromString(String text) {
            throw new UnsupportedOperationException("printers and trays are chosen, not typed");
        }
    }

    private static final class NamedCell extends ListCell<String> {
        private final java.util.function.UnaryOperator<String> naming;

        NamedCell(java.util.function.UnaryOperator<String> naming) {
            this.naming = naming;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty || name == null ? null : naming.apply(name));
        }
    }
}
