package org.onewindow.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.onewindow.domain.caselog.CaseFold;

/**
 * The one clock of the tests: it stands still at the instant the test chose until the test moves it,
 * so every test passes whatever today's date is. {@link #ticking} makes one that moves a millisecond at
 * each reading, for loops that save thousands of events and want distinct times without the wall clock.
 * Copies made by {@link #withZone} share the instant, so moving one moves them all.
 */
public final class TestClock extends Clock {

    /** Monday 23 November 2026, ten in the morning in the hall: the day most tests work on. */
    public static final String MONDAY_MORNING = "2026-11-23T02:00:00Z";

    private final AtomicReference<Instant> now;
    private final long tickMillis;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, long tickMillis, ZoneId zone) {
        this.now = now;
        this.tickMillis = tickMillis;
        this.zone = zone;
    }

    /** A clock standing at {@code isoInstant}, e.g. {@code 2026-11-23T02:00:00Z}, in the hall's zone. */
    public static TestClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public static TestClock at(Instant instant) {
        return new TestClock(new AtomicReference<>(instant), 0, CaseFold.ZONE);
    }

    /** A clock at ten in the morning, hall time, of {@code day}. */
    public static TestClock morningOf(LocalDate day) {
        return at(day.atTime(10, 0).atZone(CaseFold.ZONE).toInstant());
    }

    /** A clock starting at {@code isoInstant} that moves one millisecond each time it is read. */
    public static TestClock ticking(String isoInstant) {
        return new TestClock(new AtomicReference<>(Instant.parse(isoInstant)), 1, CaseFold.ZONE);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** The day it is in the hall. */
    public LocalDate today() {
        return LocalDate.ofInstant(now.get(), CaseFold.ZONE);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, tickMillis, other);
    }

    @Override
    public Instant instant() {
        return tickMillis == 0 ? now.get() : now.getAndUpdate(instant -> instant.plusMillis(tickMillis));
    }
}
