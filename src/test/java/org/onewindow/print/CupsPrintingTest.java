package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.Problem;

/**
 * Prints through a real print service: CUPS with the cups-pdf virtual printer that
 * {@code src/test/scripts/setup-cups.sh} installs. Skipped, saying why, where CUPS is not set up.
 */
class CupsPrintingTest {

    private static final String PRINTER = "OneWindow-PDF";

    @TempDir
    Path keys;

    private PrintedDocument receipt(int serial) {
        DocumentRenderer renderer = new DocumentRenderer(TestFonts.SHARED, SigningKeys.openOrCreate(keys), SampleDocuments.office());
        return renderer.render(new Receipt(SampleDocuments.receiptCase(), SampleDocuments.catalog(), Delivery.atWindow()),
                Issue.of("上城政服〔2026〕" + serial + "号", SampleDocuments.ISSUED_AT));
    }

    @Test
    void cupsPdfPrinterReceivesTheReceiptAndWritesItAsPdf() throws Exception {
        List<String> printers = DocumentPrinter.printerNames();
        assumeTrue(printers.contains(PRINTER), () -> "CUPS 虚拟打印机 " + PRINTER + " 不可用（本机打印机：" + printers
                + "）；以 root 运行 src/test/scripts/setup-cups.sh 安装 cups 与 cups-pdf 后再测");
        List<Path> outputs = cupsPdfOutputDirectories();
        Map<Path, FileTime> before = pdfsIn(outputs);

        PrinterSettings settings = PrinterSettings.defaults().withPrinter(PrinterRole.RECEIPT, PRINTER);
        int serial = new java.util.SplittableRandom().nextInt(100_000); // tells this run's job from earlier ones
        String usedPrinter = new DocumentPrinter(settings).print(receipt(serial));

        assertThat(usedPrinter).isEqualTo(PRINTER);
        Path written = awaitNewPdf(outputs, before, Duration.ofSeconds(60));
        assertThat(written).as("cups-pdf wrote no PDF into " + outputs).isNotNull();
        byte[] bytes = Files.readAllBytes(written);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfReading.pageCount(bytes)).isEqualTo(PdfReading.pageCount(receipt(serial).pdf()));
    }

    /**
     * Finding 2 of the day at the counter: on Debian, CUPS without cups-bsd has no {@code lpr}, and every job Java's
     * print service sent failed without a word. A child JVM sees a /usr/bin without lpr (a private mount namespace);
     * the window's receipt still reaches the queue, and Java's own print service there says what to install.
     */
    @Test
    void aMachineWithoutLprPrintsTheReceiptThroughTheCupsQueue() throws Exception {
        List<String> printers = DocumentPrinter.printerNames();
        assumeTrue(printers.contains(PRINTER), () -> "CUPS 虚拟打印机 " + PRINTER + " 不可用");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")) && "root".equals(System.getProperty("user.name")),
                "a machine without lpr is made with a mount namespace, which needs unshare and root");
        List<Path> outputs = cupsPdfOutputDirectories();
        Map<Path, FileTime> before = pdfsIn(outputs);
        int serial = new SplittableRandom().nextInt(100_000, 200_000);
        Path withoutLpr = keys.resolve("bin");
        Path log = keys.resolve("child.log");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "cp -al /usr/bin \"$1\" 2>/dev/null || cp -a /usr/bin \"$1\"; rm -f \"$1/lpr\"; "
                + "mount --bind \"$1\" /usr/bin && shift && exec \"$@\"";
        Process child = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh",
                withoutLpr.toString(), javaCommand, "-Xmx256m", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), PrintWithoutLpr.class.getName(), PRINTER,
                Integer.toString(serial), keys.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        String said = Files.readString(log);

        assertThat(said).as(said).contains("lpr present: false").contains("window printed on: " + PRINTER)
                .contains("java print service failed: 本机没有 lpr 命令").contains("sudo apt-get install cups-bsd");
        assertThat(child.exitValue()).as(said).isZero();
        Path written = awaitNewPdf(outputs, before, Duration.ofSeconds(60));
        assertThat(written).as("cups-pdf wrote no PDF into " + outputs).isNotNull();
        assertThat(PdfReading.pageCount(Files.readAllBytes(written))).isEqualTo(PdfReading.pageCount(receipt(serial).pdf()));
    }

    @Test
    void javasOwnPrintServiceWithoutLprSaysWhatToInstall() {
        LprCommand absent = new LprCommand(keys.resolve("no-such-lpr"), true);
        List<String> printers = DocumentPrinter.printerNames();
        assumeTrue(!printers.isEmpty(), "Java's print service is reached through a printer this computer lists");
        PrinterSettings settings = PrinterSettings.defaults().withPrinter(PrinterRole.RECEIPT, printers.get(0));

        assertThatThrownBy(() -> new DocumentPrinter(settings, absent, false).print(receipt(9003)))
                .isInstanceOf(Problem.PrinterFailed.class)
                .hasMessageContaining("本机没有 lpr 命令")
                .hasMessageContaining("sudo apt-get install cups-bsd")
                .hasMessageContaining("案件已保存");
    }

    @Test
    void anUnknownPrinterFailsWithAChineseMessageThatOffersReprint() {
        PrinterSettings settings = PrinterSettings.defaults().withPrinter(PrinterRole.RECEIPT, "不存在的打印机-A5");
        assertThatThrownBy(() -> new DocumentPrinter(settings).print(receipt(9002)))
                .isInstanceOf(Problem.PrinterFailed.class)
                .hasMessageContaining("找不到打印机“不存在的打印机-A5”")
                .hasMessageContaining("案件已保存");
    }

    /** Where cups-pdf puts files: its "Out" setting (per user) and the anonymous spool. */
    private static List<Path> cupsPdfOutputDirectories() throws IOException {
        List<Path> directories = new ArrayList<>();
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        String home = System.getProperty("user.home");
        String user = System.getProperty("user.name");
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf)) {
                String setting = line.strip();
                if (setting.startsWith("Out ") || setting.startsWith("AnonDirName ")) {
                    directories.add(Path.of(setting.substring(setting.indexOf(' ') + 1).strip()
                            .replace("${HOME}", home).replace("${USER}", user)));
                }
            }
        }
        directories.add(Path.of(home, "PDF"));
        directories.add(Path.of("/var/spool/cups-pdf", user));
        directories.add(Path.of("/var/spool/cups-pdf/ANONYMOUS"));
        return directories.stream().distinct().toList();
    }

    /** The PDFs there with their modification times: cups-pdf overwrites a file of the same job title. */
    private static Map<Path, FileTime> pdfsIn(List<Path> directories) throws IOException {
        Map<Path, FileTime> pdfs = new HashMap<>();
        for (Path directory : directories) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                        pdfs.put(pdf, Files.getLastModifiedTime(pdf));
                    }
                }
            }
        }
        return pdfs;
    }

    /** Waits for a new PDF whose size has stopped changing (cups-pdf writes it in steps). */
    private static Path awaitNewPdf(List<Path> directories, Map<Path, FileTime> before, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Path, Long> lastSize = new HashMap<>();
        while (System.nanoTime() < deadline) {
            for (var entry : pdfsIn(directories).entrySet()) {
                Path pdf = entry.getKey();
                if (!entry.getValue().equals(before.get(pdf))) {
                    long size = Files.size(pdf);
                    if (size > 0 && Long.valueOf(size).equals(lastSize.put(pdf, size))) {
                        return pdf;
                    }
                }
            }
            Thread.sleep(250);
        }
        return null;
    }
}
