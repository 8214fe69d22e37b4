package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The central store's distribution (target/onewindow-central) starts on its own: bin/onewindow-central with a data
 * directory runs the service on an embedded PostgreSQL, its admin commands issue an enrollment code and publish
 * calendar overrides, a window built from the other distribution enrolls and syncs with it, and the service stops
 * cleanly, PostgreSQL with it.
 */
class CentralDistributionIT {

    private static final Pattern WINDOW_JAR =
            Pattern.compile("(javafx|controlsfx|atlantafx|ikonli|pdfbox|fontbox|sqlite|bcprov|bcpkix|core-3|javase).*\\.jar");

    @Test
    void holdsNoJarOfTheWindow() throws Exception {
        List<String> jars = Programs.jars(Programs.CENTRAL);

        assertThat(jars).contains("onewindow.jar").anyMatch(jar -> jar.startsWith("javalin-7."))
                .anyMatch(jar -> jar.startsWith("postgresql-")).noneMatch(jar -> WINDOW_JAR.matcher(jar).matches());
        try (ZipFile jar = new ZipFile(Programs.CENTRAL.resolve("lib/onewindow.jar").toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.startsWith("org/onewindow/ui/") || name.startsWith("fonts/"))
                    .contains("org/onewindow/central/cli/CentralLauncher.class", "db/central/");
        }
    }

    @Test
    void startsOnItsOwnAndAWindowEnrollsAndSyncsWithIt(@TempDir Path centre, @TempDir Path window) throws Exception {
        String port = Integer.toString(Programs.freePort());
        String pgPort = Integer.toString(Programs.freePort());
        Path serviceLog = centre.resolve("service.out");
        Process service = Programs.script(Programs.CENTRAL, "onewindow-central", serviceLog,
                "--data-dir", centre.toString(), "--port", port, "--pg-port", pgPort);
        String url = "http://127.0.0.1:" + port;
        try {
            assertThat(Programs.await(service, 120, () -> health(url).contains("\"UP\"")))
                    .as(Programs.read(serviceLog)).isTrue();

            Path codeLog = centre.resolve("enroll-code.out");
            int issued = Programs.finish(Programs.script(Programs.CENTRAL, "onewindow-central", codeLog,
                    "--data-dir", centre.toString(), "admin", "enroll-code", "--hall", "HZ-XH", "--region", "330106",
                    "--pg-port", pgPort));
            Matcher code = Pattern.compile("注册码：(\\S+)").matcher(Programs.read(codeLog));
            assertThat(issued).as(Programs.read(codeLog)).isZero();
            assertThat(code.find()).isTrue();

            // the working calendar checks the overrides: the domain's libraries (lunar dates) are in the centre's lib too
            Path overrides = centre.resolve("calendar.json");
            Files.writeString(overrides, "[{\"date\":\"2026-12-28\",\"workingDay\":false,\"name\":\"地方节日\"}]");
            Path calendarLog = centre.resolve("publish-calendar.out");
            int published = Programs.finish(Programs.script(Programs.CENTRAL, "onewindow-central", calendarLog,
                    "--data-dir", centre.toString(), "admin", "publish-calendar", "--region", "330106",
                    overrides.toString(), "--pg-port", pgPort));
            assertThat(published).as(Programs.read(calendarLog)).isZero();

            Path enrollLog = window.resolve("enroll.out");
            int enrolled = Programs.finish(Programs.script(Programs.WINDOW, "onewindow", enrollLog,
                    "--data-dir", window.toString(), "enroll", "--server", url, "--code", code.group(1)));
            assertThat(enrolled).as(Programs.read(enrollLog)).isZero();
            assertThat(Programs.read(enrollLog)).contains("大厅 HZ-XH");
            Path syncLog = window.resolve("sync.out");
            int synced = Programs.finish(Programs.script(Programs.WINDOW, "onewindow", syncLog,
                    "--data-dir", window.toString(), "sync"));
            assertThat(synced).as(Programs.read(syncLog)).isZero();
        } finally {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
        assertThat(postgresAnswers(Integer.parseInt(pgPort))).as("the embedded PostgreSQL stops with the service").isFalse();
    }

    private static String health(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException notYet) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static boolean postgresAnswers(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }
}
