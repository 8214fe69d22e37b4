package org.onewindow.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.onewindow.codec.Json;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.print.CertificateRenderer;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.Issue;
import org.onewindow.print.PrintOffset;
import org.onewindow.print.PrinterChoice;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.print.PrinterTestPage;
import org.onewindow.print.layout.Paper;
import org.onewindow.store.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 打印机设置 of this workstation: which printer, paper and tray take receipts and notices, documents and
 * certificates, and the certificate printer's calibration; kept in the workstation's settings and in force at
 * once. A window supervisor or an administrator sets them, and checks them with a test page and the
 * calibration page.
 */
public final class PrinterSetup {

    private static final Logger LOG = LoggerFactory.getLogger(PrinterSetup.class);
    /** The settings key; never a text of the window. */
    static final String SETTING = "printers";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Settings settings;
    private final Consumer<PrinterSettings> inForce;
    private final Supplier<DocumentRenderer> renderer;
    private final Supplier<CertificateRenderer> certificates;
    private final Clock clock;

    PrinterSetup(Settings settings, Consumer<PrinterSettings> inForce, Supplier<DocumentRenderer> renderer,
                 Supplier<CertificateRenderer> certificates, Clock clock) {
        this.settings = settings;
        this.inForce = inForce;
        this.renderer = renderer;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** As kept; everything to the system's default printer until someone set them. */
    public PrinterSettings current() {
        return read(settings);
    }

    static PrinterSettings read(Settings settings) {
        Optional<String> kept = settings.get(SETTING);
        if (kept.isEmpty()) {
            return PrinterSettings.defaults();
        }
        try {
            return Json.read(kept.get(), PrinterSettings.class);
        } catch (RuntimeException unreadable) {
            // a setting written by a newer build: print to the default printer rather than not at all
            LOG.warn("printer settings cannot be read, the default printer is used: {}", unreadable.getMessage());
            return PrinterSettings.defaults();
        }
    }

    /** The printers this computer reaches, by name, and which of them is the system's default. */
    public record Printers(List<String> names, Optional<String> systemDefault) {
    }

    public Printers printers() {
        return new Printers(DocumentPrinter.printerNames(), DocumentPrinter.defaultPrinterName());
    }

    /** The trays a printer's driver names, for the choice of tray; empty when it names none. */
    public List<String> trays(String printerName) {
        return printerName == null || printerName.isBlank() ? List.of() : DocumentPrinter.traysOf(printerName);
    }

    /** Keeps the settings and puts them in force for every print from now on. */
    public void save(User actor, PrinterSettings changed) {
        allowed(actor);
        settings.put(SETTING, Json.write(changed));
        inForce.accept(changed);
        LOG.info("printer settings changed by {}: {}", actor.userId(), changed);
    }

    /**
     * Prints a test page on the printer, paper and tray {@code role} is set to in {@code settings} (saved or not):
     * the supervisor checks the setting at the printer before keeping it.
     *
     * @return the printer's name
     */
    public String printTestPage(User actor, PrinterSettings settingsToTry, PrinterRole role) {
        allowed(actor);
        PrinterChoice choice = settingsToTry.choiceFor(role);
        DocumentPrinter printer = new DocumentPrinter(settingsToTry);
        String printerName = choice.usesSystemDefault()
                ? DocumentPrinter.defaultPrinterName().orElse("（系统默认打印机）") : choice.printerName();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE);
        return printer.print(renderer.get().render(new PrinterTestPage(role.label(), choice, printerName, WHEN.format(now)),
                Issue.of("测试页", now)), role);
    }

    /**
     * Prints the calibration page (套打校准页) on the certificate printer with the offset being tried: the
     * supervisor measures how far its crosses land from the printed marks and corrects the offset.
     *
     * @return the printer's name
     */
    public String printCalibrationPage(User actor, PrinterSettings settingsToTry) {
        allowed(actor);
        PrinterChoice choice = settingsToTry.choiceFor(PrinterRole.CERTIFICATE);
        String printerName = choice.usesSystemDefault()
                ? DocumentPrinter.defaultPrinterName().orElse("（系统默认打印机）") : choice.printerName();
        PrintOffset offset = settingsToTry.offsetOf(printerName);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), CaseFold.ZONE);
        return new DocumentPrinter(settingsToTry).print(certificates.get().calibrationPage(Paper.A4_LANDSCAPE, printerName,
                offset, Issue.of("校准页", now)), PrinterRole.CERTIFICATE);
    }

    private static void allowed(User actor) {
        if (actor.role() != Role.SUPERVISOR && actor.role() != Role.ADMINISTRATOR) {
            throw new Problem.NotPermitted("打印机设置须由窗口负责人或系统管理员操作，当前身份为" + actor.role().label());
        }
    }
}
