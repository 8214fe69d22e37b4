package org.onewindow.catalog;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ItemSearch;
import org.onewindow.domain.catalog.Selection;

/**
 * Figures for the catalog on the start-up path: loading the bundled catalog in a fresh JVM (what the
 * app pays at first use), building the search index, one search, one bundle's merged material list.
 */
class CatalogBench {

    private static final String[] QUERIES = {"yyzz", "spjy", "SCJG-003", "市场监督", "食品 备案", "开餐馆", "sbk", "gaj"};

    @Test
    void printFigures() throws Exception {
        List<Long> cold = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            cold.add(coldLoadInChildJvm());
        }
        System.out.printf("catalog cold load (fresh JVM, bundled(), incl. Jackson start): %s ms%n",
                cold.stream().map(n -> String.format("%.1f", n / 1e6)).toList());

        Catalog catalog = CatalogJson.bundled();
        String text = CatalogJson.write(catalog);
        long[] warmReads = time(50, () -> CatalogJson.read(text));
        System.out.printf("catalog warm read (%d chars, %d items): median %.2f ms%n",
                text.length(), catalog.items().size(), warmReads[warmReads.length / 2] / 1e6);

        long start = System.nanoTime();
        ItemSearch search = new ItemSearch(catalog);
        System.out.printf("search index, first build (loads the pinyin table): %.1f ms%n", (System.nanoTime() - start) / 1e6);
        long[] builds = time(50, () -> new ItemSearch(catalog));
        System.out.printf("search index, rebuild: median %.2f ms%n", builds[builds.length / 2] / 1e6);

        for (int i = 0; i < 20_000; i++) {
            search.search(QUERIES[i % QUERIES.length]);
        }
        long[] queries = new long[40_000];
        for (int i = 0; i < queries.length; i++) {
            long t = System.nanoTime();
            search.search(QUERIES[i % QUERIES.length]);
            queries[i] = System.nanoTime() - t;
        }
        Arrays.sort(queries);
        System.out.printf("search, one query over %d items + %d bundles: median %.1f µs, p99 %.1f µs, max %.1f µs%n",
                catalog.items().size(), catalog.bundles().size(), queries[queries.length / 2] / 1e3,
                queries[queries.length * 99 / 100] / 1e3, queries[queries.length - 1] / 1e3);

        long[] merges = time(20_000, () -> Selection.ofBundle(catalog, "YJS-KCG", ApplicantType.PERSON, Set.of("QX-WTDL")).materials());
        System.out.printf("merged material list of 开餐馆 with 委托代理: median %.1f µs%n", merges[merges.length / 2] / 1e3);
    }

    private static long[] time(int runs, Runnable work) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long coldLoadInChildJvm() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ColdLoad.class.getName())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String last = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
            if (child.waitFor() != 0 || last == null) {
                throw new IllegalStateException("cold-load child failed: " + last);
            }
            return Long.parseLong(last.trim());
        }
    }

    /** Run in a fresh JVM: prints the nanoseconds the first {@code bundled()} takes. */
    static final class ColdLoad {
        public static void main(String[] args) {
            long start = System.nanoTime();
            CatalogJson.bundled();
            System.out.println(System.nanoTime() - start);
        }
    }
}
