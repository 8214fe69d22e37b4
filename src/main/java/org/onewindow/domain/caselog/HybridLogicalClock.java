package org.onewindow.domain.caselog;

import java.time.Clock;

/** Issues {@link Hlc} timestamps for one device; thread-safe. */
public final class HybridLogicalClock {

    private final Clock clock;
    private final String node;
    private long lastWall;
    private int lastCounter;

    public HybridLogicalClock(Clock clock, String node) {
        this.clock = clock;
        this.node = node;
    }

    /** A timestamp for a local event, later than every one issued or observed before. */
    public synchronized Hlc now() {
        long physical = clock.millis();
        if (physical > lastWall) {
            lastWall = physical;
            lastCounter = 0;
        } else {
            lastCounter++;
        }
        return new Hlc(lastWall, lastCounter, node);
    }

    /** Moves the clock past a timestamp received from another device. */
    public synchronized void observe(Hlc remote) {
        long physical = clock.millis();
        long wall = Math.max(Math.max(lastWall, remote.wallMillis()), physical);
        if (wall == lastWall && wall == remote.wallMillis()) {
            lastCounter = Math.max(lastCounter, remote.counter()) + 1;
        } else if (wall == lastWall) {
            lastCounter++;
        } else if (wall == remote.wallMillis()) {
            lastCounter = remote.counter() + 1;
        } else {
            lastCounter = 0;
        }
        lastWall = wall;
    }
}
