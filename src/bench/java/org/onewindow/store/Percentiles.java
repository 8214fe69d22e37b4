package org.onewindow.store;

import java.util.Arrays;

/** Median and tail of a set of timings, in milliseconds. */
final class Percentiles {

    private final double[] sortedMillis;

    Percentiles(long[] nanos) {
        sortedMillis = Arrays.stream(nanos).mapToDouble(n -> n / 1_000_000.0).sorted().toArray();
    }

    double at(double fraction) {
        int index = (int) Math.ceil(fraction * sortedMillis.length) - 1;
        return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, index))];
    }

    String summary() {
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", at(0.5), at(0.95), at(0.99),
                sortedMillis[sortedMillis.length - 1], sortedMillis.length);
    }
}
