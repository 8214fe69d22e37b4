package org.onewindow.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaTray;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.onewindow.domain.Problem;
import org.onewindow.print.layout.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends documents to the hall's printers: each kind to the printer, paper and tray its role is set to, or to the
 * system's default printer. A CUPS queue (Linux, macOS) gets the PDF itself over IPP; any other printer (Windows)
 * goes through javax.print. The PDF printed is the one previewed and kept; nothing is re-rendered here. Every
 * failure is logged with its cause and told to the clerk in words.
 */
public final class DocumentPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinter.class);
    private static final String AFTER_FAILURE = "案件已保存，排除故障后可再次打印。";

    private final PrinterSettings settings;
    private final LprCommand lpr;
    private final boolean throughCups;

    public DocumentPrinter(PrinterSettings settings) {
        this(settings, LprCommand.system(), true);
    }

    /**
     * @param lpr         the command Java's print service needs on Unix
     * @param throughCups false to use Java's print service even for a CUPS queue (tests of that path)
     */
    DocumentPrinter(PrinterSettings settings, LprCommand lpr, boolean throughCups) {
        this.settings = settings;
        this.lpr = lpr;
        this.throughCups = throughCups;
    }

    /** The printers this computer can reach, by name. */
    public static List<String> printerNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted().toList();
    }

    public static Optional<String> defaultPrinterName() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /** The trays (纸盒) a printer's driver offers, by the names it takes them by; empty when it names none. */
    public static List<String> traysOf(String printerName) {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(service -> service.getName().equals(printerName)).findFirst()
                .map(service -> service.getSupportedAttributeValues(Media.class, null, null))
                .filter(Media[].class::isInstance).map(Media[].class::cast).stream().flatMap(Arrays::stream)
                .filter(MediaTray.class::isInstance).map(Media::toString).distinct().toList();
    }

    public PrinterSettings settings() {
        return settings;
    }

    /** Prints to the printer set for the document's kind; returns the printer's name. */
    public String print(PrintedDocument document) {
        return print(document, document.kind().printer());
    }

    /** Prints to the printer, paper and tray set for {@code role}: a test or calibration page of that printer. */
    public String print(PrintedDocument document, PrinterRole role) {
        PrinterChoice choice = settings.choiceFor(role);
        return printed(document, () -> {
            PrintService service = choice.usesSystemDefault() ? defaultService(role) : service(choice.printerName());
            send(document, service, choice.paper(), choice.tray());
            return service.getName();
        });
    }

    /** Prints to the named printer on the document's own paper, whatever the settings say (print-sample --printer). */
    public String print(PrintedDocument document, String printerName) {
        return printed(document, () -> {
            PrintService service = service(printerName);
            Paper paper = document.kind().paper() == Paper.A5 ? Paper.A5 : Paper.A4;
            send(document, service, paper, "");
            return service.getName();
        });
    }

    /** Runs a print; a failure is logged with its cause and reaches the clerk saying the case is safe. */
    private String printed(PrintedDocument document, PrintWork work) {
        try {
            String printer = work.run();
            LOG.info("{} {} sent to printer {}", document.kind(), document.documentNumber(), printer);
            return printer;
        } catch (Problem.PrinterFailed failure) {
            LOG.warn("{} {} was not printed: {}", document.kind(), document.documentNumber(), failure.getMessage(),
                    failure.getCause());
            throw new Problem.PrinterFailed(failure.getMessage() + AFTER_FAILURE, failure.getCause());
        } catch (RuntimeException fault) {
            LOG.error("{} {} was not printed", document.kind(), document.documentNumber(), fault);
            throw fault;
        }
    }

    @FunctionalInterface
    private interface PrintWork {
        String run();
    }

    private static PrintService service(String name) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        return Arrays.stream(services).filter(s -> s.getName().equals(name)).findFirst()
                .or(() -> Arrays.stream(services).filter(s -> s.getName().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new Problem.PrinterFailed("找不到打印机“" + name + "”。请检查打印机是否开启、连接，"
                        + "或请窗口负责人在“打印机设置”中重新选择打印机。", null));
    }

    private static PrintService defaultService(PrinterRole role) {
        PrintService service = PrintServiceLookup.lookupDefaultPrintService();
        if (service == null) {
            throw new Problem.PrinterFailed("没有设置" + role.label() + "，本机也没有默认打印机。请窗口负责人或系统管理员在“打印机设置”中"
                    + "选择打印机。", null);
        }
        return service;
    }

    private void send(PrintedDocument document, PrintService service, Paper paper, String tray) {
        String jobName = document.kind().title() + " " + document.documentNumber();
        Optional<CupsQueue> queue = throughCups ? CupsQueue.of(service) : Optional.empty();
        if (queue.isPresent()) {
            int job = queue.get().print(document.pdf(), jobName, System.getProperty("user.name", "onewindow"),
                    paper == Paper.A5 ? "iso_a5_148x210mm" : "iso_a4_210x297mm", tray);
            LOG.info("CUPS job {} on {} ({})", job, queue.get().name(), queue.get().endpoint());
            return;
        }
        String missing = lpr.missing();
        if (!missing.isEmpty()) {
            throw new Problem.PrinterFailed(missing, null);
        }
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            // Pages go out at their own size, unscaled: certificate fields must land on the pre-printed stock.
            job.setPageable(new PDFPageable(pdf));
            job.print();
        } catch (PrinterException e) {
            throw new Problem.PrinterFailed("打印机“" + service.getName() + "”未能打印" + document.kind().title() + "："
                    + Optional.ofNullable(e.getMessage()).orElse("打印服务没有说明原因，详情已记入日志") + "。", e);
        } catch (IOException e) {
            throw new Problem.PrinterFailed("无法读取要打印的" + document.kind().title() + "：" + e.getMessage() + "。", e);
        }
    }
}
