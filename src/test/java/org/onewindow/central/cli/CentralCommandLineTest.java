package org.onewindow.central.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.central.CentralFixture;
import org.onewindow.cli.Launcher;
import org.onewindow.codec.CatalogJson;
import org.onewindow.testing.TestClock;
import picocli.CommandLine;

/** The README's commands, run through the real launchers (the window's and the centre's) against a real central store. */
class CentralCommandLineTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private record Run(int exitCode, String output) {
    }

    private static Run onewindow(String... args) {
        return run(new Launcher(TestClock.at(TestClock.MONDAY_MORNING)), args);
    }

    /** An administrator's command against the test's centre, by its data directory (as the README shows). */
    private static Run admin(Path files, String... args) {
        return run(new CentralLauncher(TestClock.at(TestClock.MONDAY_MORNING)), central.adminArguments(args));
    }

    private static Run run(Object launcher, String... args) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        int code = new CommandLine(launcher).setOut(out).setErr(out).execute(args);
        return new Run(code, text.toString());
    }

    @Test
    void anAdministratorSetsUpAHallAndAWindowEnrollsAndSyncs(@TempDir Path centre, @TempDir Path window) throws Exception {
        Path catalog = centre.resolve("catalog.json");
        Files.writeString(catalog, CatalogJson.write(CatalogJson.bundled()));
        Path calendar = centre.resolve("calendar.json");
        Files.writeString(calendar, "[{\"date\":\"2026-12-28\",\"workingDay\":false,\"name\":\"地方节日\"}]");

        Run code = admin(centre, "enroll-code", "--hall", "HZ-XH", "--region", "330100");
        InputStream stdin = System.in;
        Run user;
        try {
            System.setIn(new ByteArrayInputStream("Clerk@2026x\n".getBytes(StandardCharsets.UTF_8)));
            user = admin(centre, "user", "add", "--id", "xh-clerk01", "--name", "周敏", "--role", "CLERK", "--hall", "HZ-XH",
                    "--password-stdin");
        } finally {
            System.setIn(stdin);
        }
        Run published = admin(centre, "publish-catalog", catalog.toString());
        Run republished = admin(centre, "publish-catalog", catalog.toString());
        Run overrides = admin(centre, "publish-calendar", "--region", "330100", calendar.toString());
        Matcher issued = Pattern.compile("注册码：(\\S+)").matcher(code.output());
        assertThat(issued.find()).as(code.output()).isTrue();

        Run enrolled = onewindow("--data-dir", window.toString(), "enroll", "--server", central.url(), "--code", issued.group(1));
        Run reused = onewindow("--data-dir", window.resolve("other").toString(), "enroll", "--server", central.url(),
                "--code", issued.group(1));
        Run synced = onewindow("--data-dir", window.toString(), "sync");
        Run disabled = admin(centre, "user", "disable", "xh-clerk01");
        Run revoked = admin(centre, "revoke", enrolledDevice(enrolled.output()));
        Run refused = onewindow("--data-dir", window.toString(), "sync");

        assertThat(user.exitCode()).as(user.output()).isZero();
        assertThat(published.output()).contains("已发布事项目录版本 " + CatalogJson.bundled().version());
        assertThat(republished.exitCode()).isEqualTo(2);
        assertThat(republished.output()).contains("已发布过");
        assertThat(overrides.exitCode()).isZero();
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
        assertThat(enrolled.output()).contains("大厅 HZ-XH");
        assertThat(reused.exitCode()).isEqualTo(1);
        assertThat(reused.output()).contains("注册码无效、已使用或已过期");
        assertThat(synced.exitCode()).as(synced.output()).isZero();
        assertThat(synced.output()).contains("1 个用户").contains("新版事项目录").contains("节假日调整");
        assertThat(disabled.exitCode()).isZero();
        assertThat(revoked.exitCode()).as(revoked.output()).isZero();
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("已被吊销");
    }

    private static String enrolledDevice(String output) {
        Matcher device = Pattern.compile("设备码 (\\w{4})").matcher(output);
        assertThat(device.find()).as(output).isTrue();
        return device.group(1);
    }
}
