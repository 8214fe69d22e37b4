package org.onewindow.ui.admin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.PrinterSetup;
import org.onewindow.domain.staff.User;
import org.onewindow.print.PrintOffset;
import org.onewindow.print.PrinterChoice;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.print.layout.Paper;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * 打印机设置 of this workstation, for the window supervisor and the administrator: per kind of document the printer
 * (or the system's default), the paper loaded and the tray; the certificate printer's calibration; a test page per
 * printer and the calibration page, printed with the settings as they stand on screen, before they are kept.
 */
public final class PrinterSettingsViewModel {

    /** The papers a hall printer holds. */
    public static final List<Paper> PAPERS = List.of(Paper.A4, Paper.A5);

    private final PrinterSetup setup;
    private final User user;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final Failures failures;
    private final Labels labels;
    private final Map<PrinterRole, Choice> choices = new EnumMap<>(PrinterRole.class);
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty offsetRight = new SimpleStringProperty(this, "offsetRight", "0");
    private final StringProperty offsetDown = new SimpleStringProperty(this, "offsetDown", "0");
    private final ReadOnlyStringWrapper systemDefault = new ReadOnlyStringWrapper(this, "systemDefault", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private PrinterSettings kept = PrinterSettings.defaults();

    public PrinterSettingsViewModel(PrinterSetup setup, User user, TaskExecutor tasks, Localization texts) {
        this.setup = setup;
        this.user = user;
        this.tasks = tasks;
        this.texts = texts;
        this.failures = new Failures(texts);
        this.labels = new Labels(texts);
        for (PrinterRole role : PrinterRole.values()) {
            Choice choice = new Choice(role);
            choice.printer.addListener((o, before, now) -> readTrays(choice));
            choices.put(role, choice);
        }
    }

    /** Reads the settings kept and the printers this computer reaches, in the background. */
    public void load() {
        busy.set(true);
        tasks.execute(() -> new Loaded(setup.current(), setup.printers()), loaded -> {
            busy.set(false);
            kept = loaded.settings();
            printers.setAll(loaded.printers().names());
            systemDefault.set(loaded.printers().systemDefault().orElse(""));
            for (Choice choice : choices.values()) {
                PrinterChoice set = kept.choiceFor(choice.role);
                choice.printer.set(set.printerName());
                choice.paper.set(set.paper());
                choice.tray.set(set.tray());
            }
            PrintOffset offset = kept.offsetOf(certificatePrinterName());
            offsetRight.set(number(offset.rightMm()));
            offsetDown.set(number(offset.downMm()));
            status.set(printers.isEmpty() ? texts.get("printers.noPrinters") : "");
            failed.set(printers.isEmpty());
        }, this::failed);
    }

    private record Loaded(PrinterSettings settings, PrinterSetup.Printers printers) {
    }

    private void readTrays(Choice choice) {
        String printer = choice.printer.get();
        tasks.execute(() -> setup.trays(printer), trays -> {
            if (printer.equals(choice.printer.get())) {
                choice.trays.setAll(trays);
            }
        }, error -> choice.trays.clear());
    }

    /** The settings as they stand on screen; a calibration that is not a number says so. */
    Optional<PrinterSettings> onScreen() {
        PrinterSettings settings = PrinterSettings.defaults();
        for (Choice choice : choices.values()) {
            settings = settings.with(choice.role, new PrinterChoice(choice.printer.get(), choice.paper.get(), choice.tray.get()));
        }
        try {
            PrintOffset offset = new PrintOffset(Float.parseFloat(offsetRight.get().strip()), Float.parseFloat(offsetDown.get().strip()));
            String certificatePrinter = certificatePrinterName(settings);
            // an offset belongs to a printer: none is kept for no printer, nor a zero one
            return Optional.of(offset.equals(PrintOffset.NONE) || certificatePrinter.isEmpty() ? settings
                    : settings.withOffset(certificatePrinter, offset));
        } catch (NumberFormatException e) {
            status.set(texts.get("printers.offsetNotANumber"));
            failed.set(true);
        } catch (IllegalArgumentException e) {
            status.set(texts.get("printers.offsetTooLarge"));
            failed.set(true);
        }
        return Optional.empty();
    }

    /** Keeps the settings; every print from now on follows them. */
    public void save() {
        onScreen().ifPresent(settings -> run(() -> {
            setup.save(user, settings);
            return texts.get("printers.saved");
        }, settings));
    }

    public void printTestPage(PrinterRole role) {
        onScreen().ifPresent(settings -> run(() -> texts.get("printers.testPrinted", labels.of(role),
                setup.printTestPage(user, settings, role)), null));
    }

    public void printCalibrationPage() {
        onScreen().ifPresent(settings -> run(() -> texts.get("printers.calibrationPrinted",
                setup.printCalibrationPage(user, settings)), null));
    }

    private void run(java.util.concurrent.Callable<String> work, PrinterSettings keeping) {
        busy.set(true);
        status.set(texts.get("printers.working"));
        failed.set(false);
        tasks.execute(work, done -> {
            busy.set(false);
            if (keeping != null) {
                kept = keeping;
            }
            status.set(done);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        failed.set(true);
        status.set(failures.describe(error));
    }

    private String certificatePrinterName() {
        return certificatePrinterName(kept);
    }

    private String certificatePrinterName(PrinterSettings settings) {
        return settings.printerFor(PrinterRole.CERTIFICATE).orElse(systemDefault.get());
    }

    private static String number(float millimetres) {
        return millimetres == Math.rint(millimetres) ? Integer.toString((int) millimetres) : Float.toString(millimetres);
    }

    public Choice choice(PrinterRole role) {
        return choices.get(role);
    }

    /** The printers this computer reaches, by name. */
    public ObservableList<String> printers() {
        return printers;
    }

    /** The system's default printer's name, empty when there is none. */
    public ReadOnlyStringProperty systemDefaultProperty() {
        return systemDefault.getReadOnlyProperty();
    }

    public StringProperty offsetRightProperty() {
        return offsetRight;
    }

    public StringProperty offsetDownProperty() {
        return offsetDown;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status tells of a failure or of something to correct. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** One kind of document's printer, paper and tray as edited; an empty printer is the system's default. */
    public static final class Choice {
        private final PrinterRole role;
        private final StringProperty printer = new SimpleStringProperty(this, "printer", "");
        private final ObjectProperty<Paper> paper;
        private final StringProperty tray = new SimpleStringProperty(this, "tray", "");
        private final ObservableList<String> trays = FXCollections.observableArrayList();

        Choice(PrinterRole role) {
            this.role = role;
            this.paper = new SimpleObjectProperty<>(this, "paper", role.paper());
        }

        public PrinterRole role() {
            return role;
        }

        public StringProperty printerProperty() {
            return printer;
        }

        public ObjectProperty<Paper> paperProperty() {
            return paper;
        }

        public StringProperty trayProperty() {
            return tray;
        }

        /** The trays the chosen printer's driver names; empty when it names none. */
        public ObservableList<String> trays() {
            return trays;
        }
    }
}
