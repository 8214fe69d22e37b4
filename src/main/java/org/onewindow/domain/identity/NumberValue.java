package org.onewindow.domain.identity;

import java.util.Objects;

/**
 * What every {@link IdNumber} shares: its standard text, equality by kind and text, and a {@code toString}
 * that shows only the mask, so a number written to a log is no more exposed than on a list.
 */
abstract class NumberValue {

    private final String text;

    NumberValue(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public final String text() {
        return text;
    }

    public abstract IdKind kind();

    public abstract String masked();

    @Override
    public final boolean equals(Object other) {
        return other instanceof NumberValue that && that.getClass() == getClass() && that.kind() == kind()
                && that.text.equals(text);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(kind(), text);
    }

    @Override
    public final String toString() {
        return kind().label() + " " + masked();
    }
}
