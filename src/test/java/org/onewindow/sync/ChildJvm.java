package org.onewindow.sync;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.central.CentralDatabase;

/** The real program in a separate JVM, so a test can kill it with SIGKILL at the worst moment. */
final class ChildJvm implements AutoCloseable {

    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /** {@code mainClass <args>} with this test's class path; output goes to {@code log}. */
    static ChildJvm launch(Path log, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    /**
     * A central service in a child JVM over the given PostgreSQL, answering on {@code port} once this returns,
     * its clock starting at {@code now}.
     */
    static ChildJvm centralServer(Path dataDir, CentralDatabase database, int port, Instant now) throws Exception {
        ChildJvm child = launch(dataDir.resolve("central-" + port + ".log"), CentralServerProcess.class, database.jdbcUrl(),
                Integer.toString(port), now.toString(), database.user(), database.password());
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.process.isAlive()) {
                throw new IllegalStateException("中心库子进程退出，见 " + dataDir.resolve("central-" + port + ".log"));
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return child;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        child.kill();
        throw new IllegalStateException("中心库子进程 90 秒内未就绪");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The exit code once the program ends by itself within {@code limit}; empty while it still runs. */
    java.util.OptionalInt exitWithin(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
