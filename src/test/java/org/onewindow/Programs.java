package org.onewindow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Runs the built programs (target/onewindow, target/onewindow-central) as a person or a service manager would. */
final class Programs {

    static final Path WINDOW = Path.of(System.getProperty("onewindow.window.dist", "target/onewindow"));
    static final Path CENTRAL = Path.of(System.getProperty("onewindow.central.dist", "target/onewindow-central"));
    static final Path TEST_CLASSES = Path.of(System.getProperty("onewindow.test.classes", "target/test-classes"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private Programs() {
    }

    /** The program's launcher script (bin/NAME) with these arguments, with this JVM's Java; output goes to {@code log}. */
    static Process script(Path distribution, String name, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of("sh", distribution.resolve("bin").resolve(name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return start(builder);
    }

    static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end (at most two minutes) and returns the exit code; the output is in {@code log}. */
    static int finish(Process process) throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("program did not finish within two minutes");
        }
        return process.exitValue();
    }

    static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code done} holds, polling while the process lives; false when it died or time ran out. */
    static boolean await(Process process, int seconds, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return done.getAsBoolean();
    }

    static List<String> jars(Path distribution) throws IOException {
        try (Stream<Path> files = Files.list(distribution.resolve("lib"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
