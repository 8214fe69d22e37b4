package org.onewindow.ui.intake;

import java.util.Optional;
import java.util.stream.Collectors;
import org.onewindow.ui.app.Localization;

/**
 * Checks a person's or a company's name as typed at the window. Names are what documents and
 * searches are keyed on, so anything a printed notice could not show (emoji, control characters,
 * private-use glyphs) or that no real name contains (SQL quotes and semicolons) is refused with the
 * offending characters named, and the length is bounded so a pasted page of text is caught at once.
 */
final class NameCheck {

    /** Long enough for the longest registered company names and transliterated foreign names. */
    static final int PERSON_MAX = 50;
    static final int COMPANY_MAX = 100;
    private static final int NAMED = 3;
    /** Brackets, ampersand, enumeration comma and commas, half- and full-width: （）、， as escapes, not texts. */
    private static final String COMPANY_PUNCTUATION = "()\uFF08\uFF09&\u3001\uFF0C,";

    private final Localization text;

    NameCheck(Localization text) {
        this.text = text;
    }

    /** The problem with a person's name, empty when it may be recorded. */
    Optional<String> person(String name) {
        return check(name, PERSON_MAX, false);
    }

    /** The problem with a company's name (letters, digits and the brackets company names use). */
    Optional<String> company(String name) {
        return check(name, COMPANY_MAX, true);
    }

    private Optional<String> check(String name, int max, boolean company) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            return Optional.of(text.get("intake.name.required"));
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            return Optional.of(text.get("intake.name.tooLong", max, length));
        }
        String refused = value.codePoints().filter(c -> !allowed(c, company)).distinct().limit(NAMED)
                .mapToObj(NameCheck::visible).collect(Collectors.joining(text.get("timeline.separator")));
        if (!refused.isEmpty()) {
            return Optional.of(text.get("intake.name.badCharacters", refused));
        }
        return Optional.empty();
    }

    private static boolean allowed(int c, boolean company) {
        if (Character.isLetter(c)) {
            return true;
        }
        // the middle dot of minority and foreign names (·, full-width and Katakana variants), spaces, hyphens
        if (c == ' ' || c == '·' || c == '•' || c == '・' || c == '-' || c == '.') {
            return true;
        }
        return company && (Character.isDigit(c) || COMPANY_PUNCTUATION.indexOf(c) >= 0);
    }

    private static String visible(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                ? String.format("U+%04X", c)
                : "“" + new String(Character.toChars(c)) + "”";
    }
}
