package org.onewindow.domain.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects the problems and warnings of one check; one message per distinct way a value is wrong. */
final class Findings {

    /** How many offending characters an "illegal character" message names before it summarises. */
    private static final int NAMED_CHARACTERS = 5;

    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * A phone number as a clerk means it: full-width characters (from Chinese input methods) made ASCII,
     * white space removed, letters upper case; hyphens stay, they separate area code and extension.
     */
    static String clean(String input) {
        return asTyped(input, false);
    }

    /**
     * An identity document's number as a clerk means it (see {@link Identifiers#normalise}): as
     * {@link #clean}, and hyphens and dashes removed too, since people group the digits with them.
     */
    static String cleanIdentifier(String input) {
        return asTyped(input, true);
    }

    /**
     * Maps each character on its own, so that the result maps to itself (the normaliser is idempotent):
     * full-width forms (U+FF01–U+FF5E) to ASCII, a–z to A–Z, white space (and dashes) dropped, anything
     * else kept for the checks to name.
     */
    private static String asTyped(String input, boolean dropDashes) {
        if (input == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(input.length());
        input.codePoints().forEach(c -> {
            int ascii = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
            int upper = ascii >= 'a' && ascii <= 'z' ? ascii - ('a' - 'A') : ascii;
            if (!separator(upper, dropDashes)) {
                text.appendCodePoint(upper);
            }
        });
        return text.toString();
    }

    private static boolean separator(int c, boolean dashes) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return dashes && (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212');
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    void problem(String message) {
        problems.add(message);
    }

    void warn(String message) {
        warnings.add(message);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether anything besides the problem added last is wrong. */
    boolean problemsOtherThanTheLast() {
        return problems.size() > 1;
    }

    /** Allows a character at a 1-based position of a value of the given length. */
    interface CharacterRule {
        boolean allows(int position, int codePoint, int length);
    }

    /** Adds one message naming the characters the rule refuses, if any; returns whether all were allowed. */
    boolean checkCharacters(String text, CharacterRule rule, String explanation) {
        int[] codePoints = text.codePoints().toArray();
        List<String> named = new ArrayList<>();
        int offending = 0;
        for (int i = 0; i < codePoints.length; i++) {
            if (!rule.allows(i + 1, codePoints[i], codePoints.length)) {
                offending++;
                if (named.size() < NAMED_CHARACTERS) {
                    named.add("第 " + (i + 1) + " 位“" + visible(codePoints[i]) + "”");
                }
            }
        }
        if (offending == 0) {
            return true;
        }
        String more = offending > named.size() ? " 等共 " + offending + " 处" : "";
        problem("含有非法字符：" + String.join("、", named) + more + "（" + explanation + "）");
        return false;
    }

    private static String visible(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
                ? String.format("U+%04X", codePoint)
                : new String(Character.toChars(codePoint));
    }

    /** The result of a value that is not an identity document's number (a phone number). */
    IdentifierCheck result(String normalized) {
        Verdict verdict = problems.isEmpty() ? Verdict.VALID : Verdict.INVALID;
        return new IdentifierCheck(verdict, normalized, problems, warnings, null, null);
    }

    /** The result, with the number made from {@code normalized} when nothing is wrong with it. */
    IdentifierCheck result(String normalized, Function<String, ? extends IdNumber> number) {
        if (!problems.isEmpty()) {
            return result(normalized);
        }
        return new IdentifierCheck(Verdict.VALID, normalized, problems, warnings, null, number.apply(normalized));
    }

    /**
     * The result when the check character is the only fault and a supervisor may accept it anyway: the
     * number is well formed, so it comes with the check, to be recorded once overridden.
     */
    IdentifierCheck overridable(IdNumber number) {
        return new IdentifierCheck(Verdict.CHECKSUM_OVERRIDABLE, number.text(), problems, warnings, null, number);
    }
}
