package org.onewindow.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.onewindow.domain.Problem;

/**
 * Sends documents to the hall's printers through javax.print: each kind to the printer its role is
 * set to (receipts to the A5 printer, certificates to the certificate printer), or to the default.
 * The PDF printed is the one previewed and kept; nothing is re-rendered here.
 */
public final class DocumentPrinter {

    private static final String AFTER_FAILURE = "案件已保存，排除故障后可补打。";

    private final PrinterSettings settings;

    public DocumentPrinter(PrinterSettings settings) {
        this.settings = settings;
    }

    /** The printers this computer can reach, by name. */
    public static List<String> printerNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted().toList();
    }

    public static Optional<String> defaultPrinterName() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /** Prints to the printer set for the document's kind; returns the printer's name. */
    public String print(PrintedDocument document) {
        Optional<String> configured = settings.printerFor(document.kind().printer());
        PrintService service = configured.isPresent() ? service(configured.get()) : defaultService(document.kind().printer());
        send(document, service);
        return service.getName();
    }

    /** Prints to the named printer, whatever the settings say (print-sample --printer). */
    public String print(PrintedDocument document, String printerName) {
        PrintService service = service(printerName);
        send(document, service);
        return service.getName();
    }

    private static PrintService service(String name) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        return Arrays.stream(services).filter(s -> s.getName().equals(name)).findFirst()
                .or(() -> Arrays.stream(services).filter(s -> s.getName().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new Problem.PrinterFailed("找不到打印机“" + name + "”。请检查打印机是否开启、连接，"
                        + "或在设置中重新选择打印机。" + AFTER_FAILURE, null));
    }

    private static PrintService defaultService(PrinterRole role) {
        PrintService service = PrintServiceLookup.lookupDefaultPrintService();
        if (service == null) {
            throw new Problem.PrinterFailed("没有设置" + role.label() + "，本机也没有默认打印机。请在设置中选择打印机。" + AFTER_FAILURE, null);
        }
        return service;
    }

    private static void send(PrintedDocument document, PrintService service) {
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(document.kind().title() + " " + document.documentNumber());
            // Pages go out at their own size, unscaled: certificate fields must land on the pre-printed stock.
            job.setPageable(new PDFPageable(pdf));
            job.print();
        } catch (PrinterException e) {
            throw new Problem.PrinterFailed("打印机“" + service.getName() + "”未能打印" + document.kind().title() + "："
                    + Optional.ofNullable(e.getMessage()).orElse("打印机拒绝了打印任务") + "。" + AFTER_FAILURE, e);
        } catch (IOException e) {
            throw new Problem.PrinterFailed("无法读取要打印的" + document.kind().title() + "：" + e.getMessage() + "。" + AFTER_FAILURE, e);
        }
    }
}
