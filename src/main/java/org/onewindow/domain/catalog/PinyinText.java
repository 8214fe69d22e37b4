package org.onewindow.domain.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A text as pinyin, for typing it with Latin letters: every character may be typed as its initial
 * (yyzz → 营业执照, zh counts as one), its whole reading (yingyezhizhao) or a mix (yingyzz). A polyphonic
 * character (行 xing/hang, 会 hui/kuai) keeps all its readings, matched one character at a time, so
 * the combinations are never multiplied out. Letters and digits stand for themselves; punctuation is
 * dropped, so "出生登记（新生儿入户）" reads like 出生登记新生儿入户.
 */
final class PinyinText {

    /** How a query sits in a text. */
    enum Match {
        NONE, INNER, PREFIX, EXACT;

        /** The match of a plain substring search, from where it was found. */
        static Match of(int index, int queryLength, int textLength) {
            if (index < 0) {
                return NONE;
            }
            if (index > 0) {
                return INNER;
            }
            return queryLength == textLength ? EXACT : PREFIX;
        }
    }

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private static final int UNKNOWN = -1;
    private static final int CONSUMED = 1;
    private static final int CONSUMED_AT_END = 2;

    private final String[][] readings;
    /** Every letter of every reading, and every first letter, as bit sets: most fields are ruled out by these. */
    private final long letters;
    private final long firstLetters;
    /** The most letters the whole text can be typed with; a longer query cannot match. */
    private final int longestTyping;

    private PinyinText(String[][] readings) {
        this.readings = readings;
        long all = 0;
        long first = 0;
        int longest = 0;
        for (String[] character : readings) {
            int longestReading = 0;
            for (String reading : character) {
                all |= bits(reading);
                first |= bit(reading.charAt(0));
                longestReading = Math.max(longestReading, reading.length());
            }
            longest += longestReading;
        }
        this.letters = all;
        this.firstLetters = first;
        this.longestTyping = longest;
    }

    private static long bit(char c) {
        return 1L << (c >= 'a' ? c - 'a' : 26 + c - '0');
    }

    private static long bits(String latin) {
        long bits = 0;
        for (int i = 0; i < latin.length(); i++) {
            bits |= bit(latin.charAt(i));
        }
        return bits;
    }

    static PinyinText of(String text) {
        List<String[]> readings = new ArrayList<>();
        for (char c : normalize(text).toCharArray()) {
            if (isAsciiLetterOrDigit(c)) {
                readings.add(new String[] {String.valueOf(c)});
            } else {
                String[] pinyin = readingsOf(c);
                if (pinyin.length > 0) {
                    readings.add(pinyin);
                }
            }
        }
        return new PinyinText(readings.toArray(String[][]::new));
    }

    /** Full-width letters to half-width and lower case, as a clerk may type either. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean latin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String[] readingsOf(char c) {
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format is fixed above and valid", e);
        }
        return readings == null ? new String[0]
                : Arrays.stream(readings).filter(r -> !r.isEmpty() && latin(r)).distinct().toArray(String[]::new);
    }

    /** Where the lower-case letters and digits of {@code query} match when read as pinyin. */
    Match match(String query) {
        if (query.isEmpty() || query.length() > longestTyping || !latin(query)
                || (firstLetters & bit(query.charAt(0))) == 0 || (bits(query) & ~letters) != 0) {
            return Match.NONE;
        }
        int[][] memo = new int[readings.length + 1][query.length() + 1];
        for (int[] row : memo) {
            Arrays.fill(row, UNKNOWN);
        }
        int fromStart = consume(query, 0, 0, memo);
        if ((fromStart & CONSUMED_AT_END) != 0) {
            return Match.EXACT;
        }
        if ((fromStart & CONSUMED) != 0) {
            return Match.PREFIX;
        }
        for (int start = 1; start < readings.length; start++) {
            if ((consume(query, start, 0, memo) & CONSUMED) != 0) {
                return Match.INNER;
            }
        }
        return Match.NONE;
    }

    /**
     * A character is typed as its initial (y, zh) or its whole reading (ying); only the last one typed
     * may be cut short (yingyezhiz), as a clerk is still typing it. Otherwise 告 could be "ga" and
     * "gaj" would find 广告及 instead of 公安局.
     */
    private static boolean wholeSyllableOrInitial(String reading, int typed) {
        return typed == 1 || typed == reading.length()
                || (typed == 2 && reading.charAt(1) == 'h' && "zcs".indexOf(reading.charAt(0)) >= 0);
    }

    /** Whether query[typed..] can be typed from character {@code at} on. */
    private int consume(String query, int at, int typed, int[][] memo) {
        if (typed == query.length()) {
            return CONSUMED | (at == readings.length ? CONSUMED_AT_END : 0);
        }
        if (at == readings.length) {
            return 0;
        }
        if (memo[at][typed] != UNKNOWN) {
            return memo[at][typed];
        }
        int result = 0;
        for (String reading : readings[at]) {
            int length = Math.min(reading.length(), query.length() - typed);
            for (int k = 1; k <= length && reading.charAt(k - 1) == query.charAt(typed + k - 1); k++) {
                if (wholeSyllableOrInitial(reading, k) || typed + k == query.length()) {
                    result |= consume(query, at + 1, typed + k, memo);
                }
            }
        }
        memo[at][typed] = result;
        return result;
    }
}
