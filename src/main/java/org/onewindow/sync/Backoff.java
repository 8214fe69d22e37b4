package org.onewindow.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before trying the central store again after a failure: doubling from
 * {@code first} up to {@code cap}, each wait drawn between half and all of that ("equal jitter"),
 * so a hall's windows coming back after an outage do not all knock at the same moment.
 */
public final class Backoff {

    private final Duration first;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration first, Duration cap, RandomGenerator random) {
        this.first = first;
        this.cap = cap;
        this.random = random;
    }

    /** The wait after one more failure. */
    public synchronized Duration nextDelay() {
        long ceiling = Math.min(cap.toMillis(), first.toMillis() << Math.min(failures, 30));
        failures++;
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    public synchronized void reset() {
        failures = 0;
    }
}
