package org.onewindow.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.testing.TestClock;

/**
 * The list and search work of a window over the million-case store, run in its own JVM so its
 * heap is measured alone (the parent starts it with -Xmx256m: if it runs, it fits).
 */
public final class SearchWorkload {

    private static final int QUERIES = 300;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        List<String> numbers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        sample(db, numbers, ids, names);
        long opening = System.nanoTime();
        try (ClientStore store = ClientStore.open(db, StoreFixture.CATALOG, WorkingCalendar.bundled(), TestClock.at(TestClock.MONDAY_MORNING))) {
            System.out.printf("[SearchBench] store open: %d ms%n", (System.nanoTime() - opening) / 1_000_000);
            CaseList cases = store.cases();
            SplittableRandom random = new SplittableRandom(3);
            run("name, 3 characters (trigram)", q -> cases.search(q, 50), names, n -> n.length() >= 3, random);
            run("name, 2-character prefix", q -> cases.search(q, 50), names, n -> true, random, n -> n.substring(0, 2));
            run("surname only, 1 character", q -> cases.search(q, 50), names, n -> true, random, n -> n.substring(0, 1));
            run("given name inside, 2 of 3 characters + surname", q -> cases.search(q, 50), names, n -> n.length() >= 3, random,
                    n -> n.substring(1, 3));
            run("ID number, 18 digits", q -> cases.search(q, 50), ids, n -> true, random);
            run("ID number, last 6", q -> cases.search(q, 50), ids, n -> true, random, n -> n.substring(12));
            run("case number, full", q -> cases.search(q, 50), numbers, n -> true, random);
            run("case number, lookup by number", q -> cases.byCaseNumber(q), numbers, n -> true, random);
            run("list, first page", q -> cases.find(CaseFilter.ALL, 0, 50), numbers, n -> true, random);
            run("list, page 100", q -> cases.find(CaseFilter.ALL, 100, 50), numbers, n -> true, random);
            run("today's cases", q -> cases.receivedOn(LocalDate.of(2026, 5, 16), 50), numbers, n -> true, random);
            run("deadlines by date", q -> cases.deadlinesBy(LocalDate.of(2026, 6, 1), 50), numbers, n -> true, random);
            run("status filter, rare status (不予受理: none)", q -> cases.find(CaseFilter.ALL.withStatuses(
                    java.util.Set.of(org.onewindow.domain.caselog.CaseStatus.REFUSED)), 0, 50), numbers, n -> true, random);
            run("status filter, 受理 + 补齐补正, page 3", q -> cases.find(CaseFilter.ALL.withStatuses(java.util.Set.of(
                    org.onewindow.domain.caselog.CaseStatus.ACCEPTED, org.onewindow.domain.caselog.CaseStatus.AWAITING_SUPPLEMENT)),
                    3, 50), numbers, n -> true, random);
            run("item filter + name", q -> cases.find(CaseFilter.text(q).withItem("SCJG-003"), 0, 50), names,
                    n -> n.length() >= 3, random);
            run("outbox counts (status bar)", q -> store.outbox().counts(), numbers, n -> true, random);
            run("outbox pending(100)", q -> store.outbox().pending(100), numbers, n -> true, random);
            System.gc();
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("[SearchBench] cases in store: %,d%n", cases.count());
            System.out.printf("[SearchBench] heap: max %d MB, used after GC %.1f MB, sum of pool peaks %.1f MB; %s%n",
                    Runtime.getRuntime().maxMemory() >> 20, used / 1048576.0, peak / 1048576.0, rss());
        }
        long reopening = System.nanoTime();
        try (ClientStore again = ClientStore.open(db, StoreFixture.CATALOG, WorkingCalendar.bundled(), TestClock.at(TestClock.MONDAY_MORNING))) {
            System.out.printf("[SearchBench] store open again (schema current): %d ms%n", (System.nanoTime() - reopening) / 1_000_000);
        }
    }

    private static void run(String label, Consumer<String> query, List<String> pool, java.util.function.Predicate<String> usable,
                            SplittableRandom random) {
        run(label, query, pool, usable, random, s -> s);
    }

    private static void run(String label, Consumer<String> query, List<String> pool, java.util.function.Predicate<String> usable,
                            SplittableRandom random, java.util.function.UnaryOperator<String> shape) {
        List<String> inputs = pool.stream().filter(usable).map(shape).toList();
        for (int i = 0; i < 30; i++) {
            query.accept(inputs.get(random.nextInt(inputs.size())));
        }
        long[] times = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String input = inputs.get(random.nextInt(inputs.size()));
            long start = System.nanoTime();
            query.accept(input);
            times[i] = System.nanoTime() - start;
        }
        System.out.printf("[SearchBench] %-48s %s%n", label + ":", new Percentiles(times).summary());
    }

    private static void sample(Path db, List<String> numbers, List<String> ids, List<String> names) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            long max;
            try (ResultSet rs = s.executeQuery("SELECT max(id) FROM case_row")) {
                rs.next();
                max = rs.getLong(1);
            }
            SplittableRandom random = new SplittableRandom(11);
            for (int i = 0; i < 2000; i++) {
                try (ResultSet rs = s.executeQuery("SELECT case_number, id_number, applicant_name FROM case_row WHERE id = "
                        + (1 + random.nextLong(max)))) {
                    if (rs.next()) {
                        numbers.add(rs.getString(1));
                        ids.add(rs.getString(2));
                        names.add(rs.getString(3));
                    }
                }
            }
        }
    }

    private static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
