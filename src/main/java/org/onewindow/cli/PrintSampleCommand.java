package org.onewindow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.onewindow.domain.Problem;
import org.onewindow.print.CertificateRenderer;
import org.onewindow.print.DeviceCertificate;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.OfficeProfile;
import org.onewindow.print.PdfFonts;
import org.onewindow.print.PrintOffset;
import org.onewindow.print.PrintedDocument;
import org.onewindow.print.PrinterSettings;
import org.onewindow.print.SampleDocuments;
import org.onewindow.print.SampleKind;
import org.onewindow.print.SigningKeys;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow print-sample KIND --out FILE.pdf | --printer NAME}: support staff check a printer
 * and the layout with a realistic sample of each document kind.
 */
@Command(name = "print-sample", mixinStandardHelpOptions = true,
        description = {"生成某种文书的样张，写入 PDF 文件或送往打印机，用于检查打印机和版式。", "",
                "文书种类 KIND：",
                "  receipt                受理通知书（A5）",
                "  receipt-a4             受理通知书（办公场所选择 A4 纸时）",
                "  long-receipt           受理通知书：40 项材料、200 字申请人名称，跨页",
                "  bundle-receipt         受理通知书：开餐馆一件事（两个实施机关，受托受理）",
                "  payment-receipt        受理通知书：失业保险金申领（行政给付，受托受理）",
                "  deficiency-notice      补正材料一次性告知书",
                "  refusal-notice         不予受理通知书",
                "  tolerance-notice       容缺受理通知书",
                "  tolerance-commitment   容缺受理承诺书",
                "  commitment-letter      告知承诺书",
                "  denial-decision        不予行政许可决定书（审查后，行政许可法第三十八条）",
                "  guide                  办事指南（单个事项）",
                "  bundle-guide           办事指南（一件事套餐）",
                "  certificate            食品经营许可证：白纸全页打印（样张）",
                "  certificate-stock      食品经营许可证：套打，只打印内容（按打印机校准偏移）",
                "  licence                营业执照（个体工商户）：白纸全页打印（样张）",
                "  calibration            套打校准页"})
public final class PrintSampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "文书种类（见上表）")
    String kind;

    @ArgGroup(multiplicity = "1")
    Target target;

    @Option(names = "--offset-right", paramLabel = "MM", defaultValue = "0",
            description = "套打与校准页：打印机的向右校准偏移（毫米，可为负）")
    float offsetRight;

    @Option(names = "--offset-down", paramLabel = "MM", defaultValue = "0",
            description = "套打与校准页：打印机的向下校准偏移（毫米，可为负）")
    float offsetDown;

    static final class Target {
        @Option(names = "--out", paramLabel = "FILE.pdf", description = "写入 PDF 文件")
        Path out;

        @Option(names = "--printer", paramLabel = "NAME", description = "送往该名称的打印机")
        String printer;
    }

    private static String kindNames() {
        return Arrays.stream(SampleKind.values()).map(SampleKind::cliName).collect(Collectors.joining("、"));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SampleKind sample;
        try {
            sample = SampleKind.ofCliName(kind);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "。可用的种类：" + kindNames());
            return 2;
        }
        PrintOffset offset;
        try {
            offset = new PrintOffset(offsetRight, offsetDown);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Path keyDirectory = Launcher.dataDirectory(spec).keys();
        SigningKeys keys = SigningKeys.openOrCreate(keyDirectory);
        OfficeProfile office = SampleDocuments.office();
        PdfFonts fonts = PdfFonts.load();
        CertificateRenderer certificates = new CertificateRenderer(fonts, keys,
                DeviceCertificate.openOrCreate(keyDirectory, office.name(), Launcher.clock(spec)), office);
        String printerName = target.printer != null ? target.printer : "（写入文件）";
        PrintedDocument document = SampleDocuments.render(sample, new DocumentRenderer(fonts, keys,
                SampleDocuments.offices(), SampleDocuments.staff()), certificates, printerName, offset);
        try {
            if (target.out != null) {
                document.writeTo(target.out);
                out.println("已生成 " + sample.description() + "：" + target.out.toAbsolutePath());
            } else {
                String printer = new DocumentPrinter(PrinterSettings.defaults()).print(document, target.printer);
                out.println("已将 " + sample.description() + " 送往打印机 " + printer);
            }
            return 0;
        } catch (IOException e) {
            err.println("无法写入 " + target.out + "：" + e.getMessage());
            return 1;
        } catch (Problem.PrinterFailed e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
