package org.onewindow.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cold start to the first interactive window: the application against a bare JavaFX window, each
 * started in fresh child JVMs, alternately, several times in the same run. Time runs from just
 * before the process is spawned until the child has shown its first window and laid out one more
 * frame. Also measured: the application with an AppCDS archive made by a training run.
 * Uses the X display if there is one (run under xvfb-run), else Monocle headless.
 *
 * <p>{@code mvn -Pbench verify -Dtest=StartupBench [-Dstartup.runs=7]}
 */
class StartupBench {

    private static final int RUNS = Integer.getInteger("startup.runs", 7);

    @Test
    void coldStartToFirstWindow() throws Exception {
        Path work = Files.createTempDirectory("startup-bench");
        List<String> classpath = classpathAsJars(work);
        Path archive = work.resolve("onewindow.jsa");
        train(classpath, archive, work);

        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        List<Long> appCds = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            bare.add(startMillis(classpath, List.of(), BareWindowProbe.class, List.of(), work));
            app.add(startMillis(classpath, List.of(), OneWindowAppProbe.class, appArgs(work, run), work));
            appCds.add(startMillis(classpath, List.of("-XX:SharedArchiveFile=" + archive), OneWindowAppProbe.class,
                    appArgs(work, run), work));
        }
        long bareMedian = median(bare);
        long appMedian = median(app);
        long cdsMedian = median(appCds);
        System.out.printf("%nStartupBench (%s, %d runs each, ms from spawn to first interactive window)%n",
                display(), RUNS);
        System.out.printf("  bare JavaFX window   median %5d  all %s%n", bareMedian, bare);
        System.out.printf("  OneWindow            median %5d  all %s  ratio %.2fx%n", appMedian, app, (double) appMedian / bareMedian);
        System.out.printf("  OneWindow + AppCDS   median %5d  all %s  ratio %.2fx%n", cdsMedian, appCds, (double) cdsMedian / bareMedian);
        System.out.printf("  target: OneWindow within 1.5x of the bare window%n%n");
    }

    private static List<String> appArgs(Path work, int run) {
        // a fresh data directory each time: the cold start of a new installation
        return List.of("--data-dir", work.resolve("data-" + run + "-" + System.nanoTime()).toString());
    }

    /** One training run writes the AppCDS archive of the classes the application loads at start-up. */
    private static void train(List<String> classpath, Path archive, Path work) throws Exception {
        startMillis(classpath, List.of("-XX:ArchiveClassesAtExit=" + archive), OneWindowAppProbe.class,
                appArgs(work, -1), work);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the training run wrote no AppCDS archive");
        }
    }

    private static long startMillis(List<String> classpath, List<String> jvmOptions, Class<?> main,
                                    List<String> args, Path work) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Donewindow.logs=" + work.resolve("logs"));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classpath));
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long spawned = System.currentTimeMillis();
        Process child = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(FirstWindowProbe.MARKER)) {
                    long shown = Long.parseLong(line.substring(FirstWindowProbe.MARKER.length()).trim());
                    child.waitFor(30, TimeUnit.SECONDS);
                    return shown - spawned;
                }
                output.append(line).append('\n');
            }
        } finally {
            child.destroyForcibly();
        }
        throw new IllegalStateException(main.getSimpleName() + " showed no window:\n" + output);
    }

    /**
     * The test class path with directories packed into jars: AppCDS archives classes from jars only,
     * and both children get the same class path so the comparison is fair.
     */
    private static List<String> classpathAsJars(Path work) throws IOException {
        List<String> result = new ArrayList<>();
        int number = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = work.resolve("classes-" + number++ + ".jar");
                packDirectory(path, jar);
                result.add(jar.toString());
            } else if (Files.exists(path)) {
                result.add(entry);
            }
        }
        return result;
    }

    private static void packDirectory(Path directory, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(directory)) {
            for (Path source : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(directory.relativize(source).toString().replace('\\', '/')));
                Files.copy(source, out);
                out.closeEntry();
            }
        }
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String display() {
        String display = System.getenv("DISPLAY");
        return display == null ? "Monocle headless" : "X display " + display + " (GTK)";
    }
}
