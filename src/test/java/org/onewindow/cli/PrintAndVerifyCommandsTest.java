package org.onewindow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.print.SampleKind;
import picocli.CommandLine;
import org.onewindow.testing.TestClock;

/** {@code onewindow print-sample} and {@code onewindow verify}, run as support staff would. */
class PrintAndVerifyCommandsTest {

    @TempDir
    Path dataDir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Launcher(TestClock.at(TestClock.MONDAY_MORNING)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsEverySampleKind() {
        Run help = run("print-sample", "--help");
        for (SampleKind kind : SampleKind.values()) {
            assertThat(help.out()).contains(kind.cliName(), kind.description());
        }
    }

    @Test
    void unknownKindIsRefusedInChineseWithTheKindsThatExist() {
        Run run = run("--data-dir", dataDir.toString(), "print-sample", "passport", "--out", dataDir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("未知的文书种类“passport”", "receipt");
    }

    @Test
    void verifyAcceptsAGenuineSampleAndRejectsOneWithAChangedField() throws Exception {
        Path pdf = dataDir.resolve("receipt.pdf");
        Run printed = run("--data-dir", dataDir.toString(), "print-sample", "receipt", "--out", pdf.toString());
        assertThat(printed.exitCode()).as(printed.err()).isZero();

        Run genuine = run("--data-dir", dataDir.toString(), "verify", pdf.toString());
        assertThat(genuine.exitCode()).as(genuine.out()).isZero();
        assertThat(genuine.out()).contains("真实", "受理编号：370102-0007-2611-000123-K", "申请人：济南历下泉城味道餐饮管理有限公司");

        String code = embeddedCode(pdf);
        Run scanned = run("--data-dir", dataDir.toString(), "verify", "--payload", code);
        assertThat(scanned.exitCode()).isZero();

        Run altered = run("--data-dir", dataDir.toString(), "verify", "--payload", withApplicant(code, "济南冒名餐饮有限公司"));
        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.out()).contains("已被篡改", "济南冒名餐饮有限公司");
    }

    @Test
    void aFileWhoseKeptCodeDisagreesWithItsQrCodeIsAltered() throws Exception {
        Path pdf = dataDir.resolve("receipt.pdf");
        run("--data-dir", dataDir.toString(), "print-sample", "receipt", "--out", pdf.toString());
        Path altered = dataDir.resolve("altered.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String code = document.getDocumentInformation().getCustomMetadataValue("OneWindowAuthenticity");
            document.getDocumentInformation().setCustomMetadataValue("OneWindowAuthenticity", withApplicant(code, "另一家公司"));
            document.save(altered.toFile());
        }
        Run run = run("--data-dir", dataDir.toString(), "verify", altered.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("已被篡改", "与签名摘要不符");
    }

    @Test
    void aDocumentSignedByAnotherDeviceIsUnknownUntilItsKeyIsTrusted() throws Exception {
        Path otherDevice = dataDir.resolve("other-device");
        Path pdf = dataDir.resolve("receipt.pdf");
        run("--data-dir", otherDevice.toString(), "print-sample", "receipt", "--out", pdf.toString());
        Path here = dataDir.resolve("here");

        Run unknown = run("--data-dir", here.toString(), "verify", pdf.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).contains("签发密钥不在本机信任列表中");

        Files.createDirectories(here.resolve("keys/trusted"));
        Files.copy(otherDevice.resolve("keys/document-signing-ed25519.pub"), here.resolve("keys/trusted/other-device.pub"));
        assertThat(run("--data-dir", here.toString(), "verify", pdf.toString()).exitCode()).isZero();
    }

    @Test
    void aFileWithoutACodeSaysSo() throws Exception {
        Path pdf = dataDir.resolve("guide.pdf");
        run("--data-dir", dataDir.toString(), "print-sample", "guide", "--out", pdf.toString());
        Run run = run("--data-dir", dataDir.toString(), "verify", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("未找到一窗通验真码");
    }

    private static String embeddedCode(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getDocumentInformation().getCustomMetadataValue("OneWindowAuthenticity");
        }
    }

    /** The same code with the applicant's name changed and the original signature kept: a forgery. */
    private static String withApplicant(String code, String applicant) {
        String[] parts = code.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
        String forged = json.replaceFirst("\"a\":\"[^\"]*\"", "\"a\":\"" + applicant + "\"");
        parts[2] = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        return String.join(".", parts);
    }
}
