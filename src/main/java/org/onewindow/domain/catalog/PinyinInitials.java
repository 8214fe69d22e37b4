package org.onewindow.domain.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A text as the initials of its pinyin (拼音首字母), one set of possible letters per character, so a
 * polyphonic character (行 xing/hang, 长 chang/zhang, 会 hui/kuai) matches under every reading
 * without multiplying out the combinations. Letters and digits stand for themselves; punctuation
 * is dropped, so "食品经营许可（预包装）" reads spjyxkybz.
 */
final class PinyinInitials {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private final char[][] letters;

    private PinyinInitials(char[][] letters) {
        this.letters = letters;
    }

    static PinyinInitials of(String text) {
        List<char[]> letters = new ArrayList<>();
        for (char c : normalize(text).toCharArray()) {
            if (isAsciiLetterOrDigit(c)) {
                letters.add(new char[] {c});
            } else {
                char[] initials = initials(c);
                if (initials.length > 0) {
                    letters.add(initials);
                }
            }
        }
        return new PinyinInitials(letters.toArray(char[][]::new));
    }

    /** Full-width letters to half-width and lower case, as a clerk may type either. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static char[] initials(char c) {
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format is fixed above and valid", e);
        }
        if (readings == null) {
            return new char[0];
        }
        StringBuilder distinct = new StringBuilder();
        for (String reading : readings) {
            if (!reading.isEmpty() && distinct.indexOf(reading.substring(0, 1)) < 0) {
                distinct.append(reading.charAt(0));
            }
        }
        return distinct.toString().toCharArray();
    }

    /**
     * Where the initials {@code query} (lower-case ASCII) first match, or -1; 0 is a prefix match,
     * a match of the whole length is exact.
     */
    int indexOf(String query) {
        for (int start = 0; start + query.length() <= letters.length; start++) {
            if (matchesAt(query, start)) {
                return start;
            }
        }
        return -1;
    }

    int length() {
        return letters.length;
    }

    private boolean matchesAt(String query, int start) {
        for (int i = 0; i < query.length(); i++) {
            if (!contains(letters[start + i], query.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(char[] options, char letter) {
        for (char option : options) {
            if (option == letter) {
                return true;
            }
        }
        return false;
    }
}
