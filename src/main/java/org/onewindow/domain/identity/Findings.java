package org.onewindow.domain.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the problems and warnings of one check; one message per distinct way a value is wrong. */
final class Findings {

    /** How many offending characters an "illegal character" message names before it summarises. */
    private static final int NAMED_CHARACTERS = 5;

    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * The input as a clerk means it: full-width characters (from Chinese input methods) made ASCII,
     * white space removed, letters upper case.
     */
    static String clean(String input) {
        if (input == null) {
            return "";
        }
        String ascii = Normalizer.normalize(input, Normalizer.Form.NFKC);
        return ascii.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
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

    IdentifierCheck result(String normalized) {
        Verdict verdict = problems.isEmpty() ? Verdict.VALID : Verdict.INVALID;
        return new IdentifierCheck(verdict, normalized, problems, warnings, null);
    }

    /** The result when the check character is the only fault and a supervisor may accept it anyway. */
    IdentifierCheck overridable(String normalized) {
        return new IdentifierCheck(Verdict.CHECKSUM_OVERRIDABLE, normalized, problems, warnings, null);
    }
}
