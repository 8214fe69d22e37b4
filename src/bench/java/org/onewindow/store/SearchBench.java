package org.onewindow.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Search and list over 1,000,000 cases (target p95 under 30 ms) and the heap of a JVM doing that
 * work with the store open (target under 256 MB): the workload runs in a child JVM limited to
 * -Xmx256m, so finishing at all shows it fits, and it prints what it actually used.
 */
class SearchBench {

    @Test
    void searchingAMillionCases() throws Exception {
        Path db = MillionCases.database();
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                SearchWorkload.class.getName(), db.toAbsolutePath().toString())).redirectErrorStream(true).start();
        // Surefire owns this JVM's stdout, so the child's figures are passed on line by line.
        try (var lines = child.inputReader().lines()) {
            lines.filter(line -> line.startsWith("[")).forEach(System.out::println);
        }
        if (!child.waitFor(15, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("search workload did not finish in 15 minutes");
        }
        if (child.exitValue() != 0) {
            throw new AssertionError("search workload failed with exit code " + child.exitValue());
        }
    }
}
