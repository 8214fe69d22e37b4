package org.onewindow.print;

import java.nio.file.Files;
import java.nio.file.Path;
import org.onewindow.domain.Problem;

/**
 * Run by {@link CupsPrintingTest} in a child JVM on a machine without {@code lpr} (a mount namespace whose
 * /usr/bin lacks it): prints a receipt to a CUPS queue as the window does, then tries Java's own print
 * service, which needs lpr. Prints what happened, one line each; exits 0 only when the first printed and the
 * second said what to install.
 */
public final class PrintWithoutLpr {

    public static void main(String[] args) {
        String printer = args[0];
        int serial = Integer.parseInt(args[1]);
        Path keys = Path.of(args[2]);
        System.out.println("lpr present: " + Files.exists(Path.of("/usr/bin/lpr")));
        DocumentRenderer renderer = new DocumentRenderer(PdfFonts.load(), SigningKeys.openOrCreate(keys), SampleDocuments.office());
        PrintedDocument receipt = renderer.render(new Receipt(SampleDocuments.receiptCase(), SampleDocuments.catalog(),
                Delivery.atWindow()), Issue.of("上城政服〔2026〕" + serial + "号", SampleDocuments.ISSUED_AT));
        PrinterSettings settings = PrinterSettings.defaults().withPrinter(PrinterRole.RECEIPT, printer);
        boolean printed;
        try {
            System.out.println("window printed on: " + new DocumentPrinter(settings).print(receipt));
            printed = true;
        } catch (Problem.PrinterFailed e) {
            System.out.println("window failed: " + e.getMessage());
            printed = false;
        }
        boolean explained;
        try {
            new DocumentPrinter(settings, LprCommand.system(), false).print(receipt);
            System.out.println("java print service printed");
            explained = false;
        } catch (Problem.PrinterFailed e) {
            System.out.println("java print service failed: " + e.getMessage());
            explained = e.getMessage().contains("cups-bsd");
        }
        System.exit(printed && explained ? 0 : 1);
    }
}
