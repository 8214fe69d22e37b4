package org.onewindow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.onewindow.print.AuthenticityVerifier;
import org.onewindow.print.SigningKeys;
import org.onewindow.print.Verification;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow verify FILE.pdf} or {@code onewindow verify --payload TEXT}: tells a genuine
 * document from an altered one by its signed QR code. Exit 0 genuine, 1 altered, 2 unknown key,
 * 3 no code found.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "核验文书真伪：读取文书二维码中的签名，回答 真实 / 已被篡改 / 签发密钥未知。"
                + "退出码 0 真实，1 已被篡改，2 密钥未知，3 未找到验真码。")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.pdf", description = "要核验的 PDF 文书")
        Path file;

        @Option(names = "--payload", paramLabel = "TEXT", description = "扫码得到的验真码文本")
        String payload;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SigningKeys keys = SigningKeys.openOrCreate(Launcher.dataDirectory(spec).keys());
        AuthenticityVerifier verifier = new AuthenticityVerifier(keys);
        Verification verification;
        if (source.file != null) {
            if (!Files.isRegularFile(source.file)) {
                spec.commandLine().getErr().println("找不到文件：" + source.file);
                return 3;
            }
            try {
                verification = verifier.verifyPdf(source.file);
            } catch (IOException e) {
                spec.commandLine().getErr().println("无法读取 PDF 文件 " + source.file + "：" + e.getMessage());
                return 3;
            }
        } else {
            verification = verifier.verifyCode(source.payload);
        }
        out.println(verification.verdict().label());
        verification.fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(field -> out.println("  " + field.getKey().label() + "：" + field.getValue()));
        if (!verification.detail().isEmpty()) {
            out.println("  说明：" + verification.detail());
        }
        return switch (verification.verdict()) {
            case GENUINE -> 0;
            case ALTERED -> 1;
            case UNKNOWN_KEY -> 2;
            case NO_CODE -> 3;
        };
    }
}
