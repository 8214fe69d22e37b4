package org.onewindow.domain.identity;

import java.util.Objects;

/**
 * A number in the case log that today's rules do not accept for its kind (未通过核验的证件号码): written by
 * an older program, or received before the central store checked numbers. The log is never rewritten, so
 * such a number is still listed, searched and printed; it is only ever made by {@link Identifiers#recorded}.
 */
public final class UnrecognisedIdNumber extends NumberValue implements IdNumber {

    /** At most this many characters stay readable, and never more than a quarter of the number. */
    static final int MOST_KEPT = 4;

    private final IdKind kind;

    UnrecognisedIdNumber(IdKind kind, String text) {
        super(text);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public IdKind kind() {
        return kind;
    }

    /**
     * Masked more than any known kind, whatever the kind says (even a credit code: what it really is
     * cannot be known): only the last quarter, at most four characters, stays.
     */
    @Override
    public String masked() {
        return Masks.keep(text(), 0, Math.min(MOST_KEPT, text().codePointCount(0, text().length()) / 4));
    }
}
