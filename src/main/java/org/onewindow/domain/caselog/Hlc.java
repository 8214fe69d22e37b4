package org.onewindow.domain.caselog;

import java.util.Comparator;
import java.util.Objects;

/**
 * A hybrid logical clock timestamp: wall-clock milliseconds, a counter for events in the same
 * millisecond or behind a clock that went backwards, and the device as the tie-breaker. The order
 * is total and respects causality across devices that have seen each other's events.
 */
public record Hlc(long wallMillis, int counter, String node) implements Comparable<Hlc> {

    private static final Comparator<Hlc> ORDER = Comparator.comparingLong(Hlc::wallMillis)
            .thenComparingInt(Hlc::counter)
            .thenComparing(Hlc::node);

    public Hlc {
        Objects.requireNonNull(node, "node");
    }

    @Override
    public int compareTo(Hlc other) {
        return ORDER.compare(this, other);
    }

    /** A sortable text form, e.g. {@code 000001795412345678-00003-DEVICE}, used as a column value. */
    public String encode() {
        return String.format("%018d-%05d-%s", wallMillis, counter, node);
    }

    public static Hlc decode(String text) {
        int first = text.indexOf('-');
        int second = text.indexOf('-', first + 1);
        return new Hlc(Long.parseLong(text.substring(0, first)),
                Integer.parseInt(text.substring(first + 1, second)), text.substring(second + 1));
    }
}
