package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.central.cli.CentralLauncher;

/**
 * Finding 8 of issue 9, its second half: when the embedded PostgreSQL died under a running centre, the centre answered
 * 503 for ever and nothing restarted it. Now the central store's own program, run as a supervisor (systemd) runs it,
 * exits with 75 (EX_TEMPFAIL) once its database has stopped answering, so the supervisor starts both again.
 */
class CentralWatchdogTest {

    @Test
    void theCentreExitsForItsSupervisorWhenItsEmbeddedPostgresDies(@TempDir Path data) throws Exception {
        int port = ChildJvm.freePort();
        int pgPort = ChildJvm.freePort();
        try (ChildJvm centre = ChildJvm.launch(data.resolve("centre.log"), CentralLauncher.class,
                "--data-dir", data.toString(), "--port", Integer.toString(port), "--pg-port", Integer.toString(pgPort))) {
            awaitHealthy(centre, port, data.resolve("centre.log"));
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("central/pgdata/postmaster.pid")).get(0).strip());

            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            OptionalInt exit = centre.exitWithin(Duration.ofSeconds(90));

            assertThat(exit).as(Files.readString(data.resolve("centre.log"))).hasValue(75);
        }
    }

    private static void awaitHealthy(ChildJvm centre, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(centre.alive()).as("the centre runs: " + Files.readString(log)).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the centre did not come up in 120 s: " + Files.readString(log));
    }
}
