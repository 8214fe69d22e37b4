package org.onewindow.domain.identity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The window's single entry point to identity documents' numbers: check a number by the kind of document the
 * applicant presents, read one back from the case log, and turn what a clerk types into search keys. All of
 * them go through the one normaliser, {@link #normalise}.
 */
public final class Identifiers {

    /** What may be a whole number or a part of one: letters and digits, at least one digit, 5 to 18 of them. */
    private static final Pattern SEARCHABLE = Pattern.compile("(?=.*[0-9])[0-9A-Z]{5,18}");

    private Identifiers() {
    }

    /**
     * The number as the clerk means it (规范化): full-width letters and digits from Chinese input methods made
     * half-width, a–z upper case, spaces, hyphens and dashes removed. Anything else is kept, for the checks to
     * name. Idempotent. The 15→18 upgrade is the resident number's own step ({@link ResidentIdNumber#check}).
     */
    public static String normalise(String typed) {
        return Findings.cleanIdentifier(typed);
    }

    /**
     * Checks {@code value} as a number of {@code kind}.
     *
     * @param today the window's today, for birth dates in the future
     */
    public static IdentifierCheck check(IdKind kind, String value, LocalDate today) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(today, "today");
        return switch (kind) {
            case RESIDENT_ID -> ResidentIdNumber.check(value, today);
            case RESIDENCE_PERMIT -> ResidencePermitNumber.check(value, today);
            case FOREIGN_PERMANENT_RESIDENT -> ForeignPermanentResidentNumber.check(value, today);
            case PASSPORT -> PassportNumber.check(value);
            case CREDIT_CODE -> CreditCode.check(value);
        };
    }

    /** Checks a number of whichever of the resident card, residence permit or permanent-resident card it looks like. */
    public static IdentifierCheck checkAnyDocument(String value, LocalDate today) {
        return check(recognise(normalise(value)), value, today);
    }

    /**
     * A number as the case log holds it, as its value type. It was checked on the day it was taken in, so a
     * birth date is not held against a later today; a credit code whose only fault is its check character was
     * accepted by a supervisor. A number today's rules refuse is kept as an {@link UnrecognisedIdNumber}: the
     * log is history and is never refused on reading.
     */
    public static IdNumber recorded(IdKind kind, String stored) {
        IdNumber number = check(kind, stored, LocalDate.MAX).number();
        return number != null ? number : new UnrecognisedIdNumber(kind, normalise(stored));
    }

    /**
     * The exact values an ID number column may hold for what was typed in a search box: the normalised text,
     * and the standard form of every kind it is a number of (an old 15-digit number's 18-digit form). Empty
     * when the text cannot be a number or part of one (a name, an item), so searches by name do not look.
     */
    public static List<String> searchKeys(String typed) {
        String text = normalise(typed);
        if (!SEARCHABLE.matcher(text).matches()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(text);
        for (IdKind kind : IdKind.values()) {
            IdNumber number = check(kind, text, LocalDate.MAX).number();
            if (number != null) {
                keys.add(number.text());
            }
        }
        return List.copyOf(keys);
    }

    /** Which person's document a normalised number looks like by its first characters (GB 11643 and 2017 shapes). */
    static IdKind recognise(String text) {
        boolean edition2017 = text.length() == ForeignPermanentResidentNumber.EDITION_2017_LENGTH
                && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z';
        if (text.startsWith("9") || edition2017) {
            return IdKind.FOREIGN_PERMANENT_RESIDENT;
        }
        if (text.length() >= 6 && ResidencePermitNumber.PREFIXES.contains(text.substring(0, 6))) {
            return IdKind.RESIDENCE_PERMIT;
        }
        return IdKind.RESIDENT_ID;
    }
}
