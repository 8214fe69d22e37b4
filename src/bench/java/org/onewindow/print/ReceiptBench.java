package org.onewindow.print;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.MaterialCheck;

/**
 * The receipt (受理通知书) as the window prints it: warm in this JVM, cold in a fresh JVM including
 * the font, and against JasperReports 7 rendering the same receipt (same text, same embedded font)
 * to PDF in the same run. Prints its figures; targets: warm median under 20 ms, fresh JVM under
 * 800 ms, at least 3× faster than JasperReports.
 */
class ReceiptBench {

    private static final int WARMUP = 40;
    private static final int RUNS = 60;
    private static final int FRESH_JVMS = 5;

    @TempDir
    Path keys;

    @Test
    void receiptWarmColdAndAgainstJasperReports() throws Exception {
        DocumentRenderer renderer = new DocumentRenderer(PdfFonts.load(), SigningKeys.openOrCreate(keys), SampleDocuments.office());
        Catalog catalog = SampleDocuments.catalog();
        ApplicationAccepted accepted = SampleDocuments.receiptCase();
        Receipt receipt = new Receipt(accepted, catalog, Delivery.atWindow());
        Issue issue = SampleDocuments.issue(1);

        JasperReceipt jasper = new JasperReceipt();
        byte[] jasperPdf = jasper.render(accepted);
        byte[] ourPdf = renderer.render(receipt, issue).pdf();

        long[] ours = new long[RUNS];
        long[] theirs = new long[RUNS];
        long[] oursCpu = new long[RUNS];
        long[] theirsCpu = new long[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) {
            renderer.render(receipt, issue);
            jasper.render(accepted);
        }
        for (int i = 0; i < RUNS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            renderer.render(receipt, issue);
            ours[i] = System.nanoTime() - start;
            oursCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            jasper.render(accepted);
            theirs[i] = System.nanoTime() - start;
            theirsCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        double ourMedian = median(ours);
        double theirMedian = median(theirs);
        List<double[]> fresh = freshJvmRuns();

        System.out.println();
        System.out.printf("=== ReceiptBench (受理通知书, A5, 2 pages; %d cores, load average %.1f) ===%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("ours   warm median  %7.2f ms wall, %6.2f ms CPU  (p90 %.2f ms wall; %d runs after %d warm-up; target < 20 ms) %s%n",
                ourMedian, median(oursCpu), percentile(ours, 0.9), RUNS, WARMUP, ourMedian < 20 ? "OK" : "MISSED");
        System.out.printf("Jasper warm median  %7.2f ms wall, %6.2f ms CPU  (p90 %.2f ms wall; JasperReports 7.0.3 fill + PDF export, compiled once)%n",
                theirMedian, median(theirsCpu), percentile(theirs, 0.9));
        System.out.printf("ratio Jasper/ours   %7.1f x wall, %5.1f x CPU  (target >= 3x) %s%n", theirMedian / ourMedian,
                median(theirsCpu) / median(oursCpu), theirMedian / ourMedian >= 3 ? "OK" : "MISSED");
        double freshWall = middle(fresh, 0);
        System.out.printf("ours   fresh JVM    %7.0f ms wall (process start to PDF written, font parse included), in-JVM %.0f ms,"
                + " process CPU %.0f ms; median of %d child JVMs (target < 800 ms) %s%n", freshWall, middle(fresh, 1),
                middle(fresh, 2), fresh.size(), freshWall < 800 ? "OK" : "MISSED");
        System.out.printf("sizes: ours %d bytes, Jasper %d bytes%n", ourPdf.length, jasperPdf.length);
        System.out.println("note: ours also draws the Code 128 barcode and the signed QR code (Ed25519); the Jasper receipt has neither.");
    }

    private static double middle(List<double[]> runs, int column) {
        return runs.stream().mapToDouble(run -> run[column]).sorted().toArray()[runs.size() / 2];
    }

    /** Per child JVM: wall time seen from here, its own uptime at the end, and its process CPU time (ms). */
    private List<double[]> freshJvmRuns() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<double[]> millis = new ArrayList<>();
        for (int i = 0; i < FRESH_JVMS; i++) {
            Path out = keys.resolve("fresh-" + i + ".pdf");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(java, "-Xshare:auto", "-cp", classPath, FreshJvmReceipt.class.getName(),
                    keys.resolve("fresh-keys").toString(), out.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(out)) {
                throw new IllegalStateException("child JVM failed to render a receipt: " + report);
            }
            double wall = (System.nanoTime() - start) / 1e6;
            String[] figures = report.substring(report.lastIndexOf('\n') + 1).split(" ");
            millis.add(new double[] {wall, Double.parseDouble(figures[0]), Double.parseDouble(figures[1])});
        }
        return millis;
    }

    /** The child JVM: renders one receipt from a cold start and writes it. */
    public static final class FreshJvmReceipt {
        public static void main(String[] args) throws Exception {
            DocumentRenderer renderer = new DocumentRenderer(PdfFonts.load(), SigningKeys.openOrCreate(Path.of(args[0])),
                    SampleDocuments.office());
            renderer.render(new Receipt(SampleDocuments.receiptCase(), SampleDocuments.catalog(), Delivery.atWindow()),
                    SampleDocuments.issue(1)).writeTo(Path.of(args[1]));
            long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            System.out.println(ManagementFactory.getRuntimeMXBean().getUptime() + " " + cpuNanos / 1_000_000);
        }
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /** The same receipt as a JasperReports design: header, applicant form, materials table, closing text. */
    static final class JasperReceipt {

        private static final int WIDTH = 420 - 2 * 37;
        private final SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        private final JasperReport report;

        JasperReceipt() throws JRException {
            SimpleFontFamily family = new SimpleFontFamily(context);
            family.setName("Noto Sans SC");
            family.setNormal(fontFile("NotoSansSC-Regular.ttf"));
            family.setBold(fontFile("NotoSansSC-Bold.ttf"));
            family.setPdfEncoding("Identity-H");
            family.setPdfEmbedded(true);
            context.setExtensions(FontFamily.class, List.of(family));
            report = JasperCompileManager.getInstance(context).compile(design());
        }

        private static String fontFile(String name) {
            try {
                return Path.of(ReceiptBench.class.getResource("/fonts/ttf/NotoSansSC/" + name).toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] render(ApplicationAccepted accepted) throws JRException {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("office", SampleDocuments.office().name());
            parameters.put("number", "上城政服〔2026〕1号");
            parameters.put("caseNumber", "受理编号：" + accepted.caseNumber());
            parameters.put("letter", accepted.intake().applicant().name() + "：您（单位）申请办理的食品经营许可，主要申请材料齐全、"
                    + "符合法定形式，部分材料容缺后补，本机关决定予以容缺受理（《中华人民共和国行政许可法》第三十二条）。受理编号为 "
                    + accepted.caseNumber() + "。");
            parameters.put("form", "申请人：" + accepted.intake().applicant().name() + "\n证件：统一社会信用代码 "
                    + accepted.intake().applicant().idNumber() + "\n法定代表人：陈建国\n代理人：李晓燕\n联系电话：13900571111\n"
                    + "申请事项：食品经营许可\n受理日期：2026年11月23日\n承诺办结：7 个工作日（法定时限 20 个工作日），于 2026年12月2日 前办结\n收费：不收费");
            parameters.put("closing", "领取方式：窗口领取：办结后请凭本通知书到 杭州市上城区政务服务中心（杭州市上城区解放东路 18 号市民中心 B 座 2 楼）领取。\n"
                    + "进度查询：凭受理编号 " + accepted.caseNumber() + " 查询办理进度：登录浙江政务服务网或拨打 12345 政务服务热线。\n"
                    + "首问负责：受理人（首问负责人）：" + accepted.responsibleClerk() + "。咨询电话：0571-87001234。\n"
                    + "杭州市上城区政务服务中心　2026年11月23日");
            List<Map<String, ?>> rows = new ArrayList<>();
            int index = 1;
            for (MaterialCheck check : accepted.intake().materials()) {
                rows.add(Map.of("index", Integer.toString(index++), "name", check.materialName(), "status", check.status().label()));
            }
            JasperPrint print = JasperFillManager.getInstance(context).fill(report, parameters, new JRMapCollectionDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        }

        private static JasperDesign design() throws JRException {
            JasperDesign design = new JasperDesign();
            design.setName("receipt");
            design.setPageWidth(420);
            design.setPageHeight(595);
            design.setLeftMargin(37);
            design.setRightMargin(37);
            design.setTopMargin(37);
            design.setBottomMargin(37);
            design.setColumnWidth(WIDTH);
            JRDesignStyle style = new JRDesignStyle();
            style.setName("cjk");
            style.setDefault(true);
            style.setFontName("Noto Sans SC");
            style.setFontSize(10f);
            design.addStyle(style);
            for (String name : List.of("office", "number", "caseNumber", "letter", "form", "closing")) {
                JRDesignParameter parameter = new JRDesignParameter();
                parameter.setName(name);
                parameter.setValueClass(String.class);
                design.addParameter(parameter);
            }
            for (String name : List.of("index", "name", "status")) {
                JRDesignField field = new JRDesignField();
                field.setName(name);
                field.setValueClass(String.class);
                design.addField(field);
            }
            JRDesignBand title = new JRDesignBand();
            title.setHeight(250);
            title.addElement(text("$P{office}", 0, 0, WIDTH, 20, 13f, true, HorizontalTextAlignEnum.CENTER));
            title.addElement(staticText("受理通知书", 0, 20, WIDTH, 28, 18f));
            title.addElement(text("$P{number}", 0, 48, WIDTH, 16, 10f, false, HorizontalTextAlignEnum.CENTER));
            title.addElement(text("$P{caseNumber}", 0, 70, WIDTH, 16, 10f, true, HorizontalTextAlignEnum.LEFT));
            title.addElement(text("$P{letter}", 0, 92, WIDTH, 40, 10f, false, HorizontalTextAlignEnum.LEFT));
            title.addElement(text("$P{form}", 0, 136, WIDTH, 110, 9f, false, HorizontalTextAlignEnum.LEFT));
            design.setTitle(title);
            JRDesignBand header = new JRDesignBand();
            header.setHeight(18);
            header.addElement(staticText("序号　　材料名称　　　　　　　　　　　　　收取情况", 0, 0, WIDTH, 18, 9f));
            design.setColumnHeader(header);
            JRDesignBand detail = new JRDesignBand();
            detail.setHeight(18);
            detail.addElement(text("$F{index}", 0, 0, 30, 18, 9f, false, HorizontalTextAlignEnum.CENTER));
            detail.addElement(text("$F{name}", 30, 0, 210, 18, 9f, false, HorizontalTextAlignEnum.LEFT));
            detail.addElement(text("$F{status}", 240, 0, WIDTH - 240, 18, 9f, false, HorizontalTextAlignEnum.LEFT));
            ((JRDesignSection) design.getDetailSection()).addBand(detail);
            JRDesignBand summary = new JRDesignBand();
            summary.setHeight(120);
            summary.addElement(text("$P{closing}", 0, 6, WIDTH, 110, 10f, false, HorizontalTextAlignEnum.LEFT));
            design.setSummary(summary);
            JRDesignBand footer = new JRDesignBand();
            footer.setHeight(16);
            footer.addElement(text("\"第 \" + $V{PAGE_NUMBER} + \" 页\"", 0, 0, WIDTH, 16, 8f, false, HorizontalTextAlignEnum.CENTER));
            design.setPageFooter(footer);
            return design;
        }

        private static JRDesignTextField text(String expression, int x, int y, int w, int h, float size, boolean bold,
                                              HorizontalTextAlignEnum align) {
            JRDesignTextField field = new JRDesignTextField();
            field.setX(x);
            field.setY(y);
            field.setWidth(w);
            field.setHeight(h);
            field.setFontSize(size);
            field.setBold(bold);
            field.setHorizontalTextAlign(align);
            field.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
            field.setExpression(new JRDesignExpression(expression));
            return field;
        }

        private static JRDesignStaticText staticText(String text, int x, int y, int w, int h, float size) {
            JRDesignStaticText label = new JRDesignStaticText();
            label.setX(x);
            label.setY(y);
            label.setWidth(w);
            label.setHeight(h);
            label.setFontSize(size);
            label.setBold(true);
            label.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            label.setText(text);
            return label;
        }
    }
}
