package org.onewindow.central;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Plain counters of this instance, served as Prometheus text at {@code /metrics}. Each instance
 * counts its own requests; a scraper sums them across instances.
 */
final class CentralMetrics {

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    void add(String name, long amount) {
        counters.computeIfAbsent(name, n -> new LongAdder()).add(amount);
    }

    void increment(String name) {
        add(name, 1);
    }

    String render() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(counters).forEach((name, counter) -> {
            String metric = "onewindow_" + name;
            text.append("# TYPE ").append(metric).append(" counter\n");
            text.append(metric).append(' ').append(counter.sum()).append('\n');
        });
        return text.toString();
    }
}
