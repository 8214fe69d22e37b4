package org.onewindow.print.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines (中文断行). A line may break between any two Chinese characters,
 * but Latin words and numbers stay whole where they fit, and the 禁则 hold: closing punctuation
 * (，。、；：？！）」』》 …) never starts a line and opening punctuation (（「『《 …) never ends one; a
 * character is carried over to the next line instead (推出).
 */
public final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）」』》〉】〕〗〙…‥—～·％,.;:?!)]}%’”";
    private static final String NO_LINE_END = "（「『《〈【〔〖〘([{‘“￥$";

    private final FontMetrics metrics;
    private final float size;

    public LineBreaker(FontMetrics metrics, float size) {
        this.metrics = metrics;
        this.size = size;
    }

    /** The lines of printable {@code text} no wider than {@code maxWidth}; a newline forces a break. */
    public List<String> lines(String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, maxWidth, lines);
        }
        return lines;
    }

    private void breakParagraph(String paragraph, float maxWidth, List<String> lines) {
        List<String> units = units(paragraph);
        if (units.isEmpty()) {
            lines.add("");
            return;
        }
        int start = 0;
        while (start < units.size()) {
            while (start < units.size() && units.get(start).equals(" ")) {
                start++;
            }
            if (start == units.size()) {
                break;
            }
            float width = 0;
            int end = start;
            while (end < units.size()) {
                float unitWidth = metrics.width(units.get(end), size);
                if (width + unitWidth > maxWidth) {
                    break;
                }
                width += unitWidth;
                end++;
            }
            if (end == units.size()) {
                lines.add(join(units, start, end));
                break;
            }
            if (end == start) {
                splitOverlongWord(units, start);
                continue;
            }
            int cut = end;
            while (cut > start + 1 && forbiddenBreak(units, start, cut)) {
                cut--;
            }
            if (forbiddenBreak(units, start, cut)) {
                cut = end; // the whole line is punctuation: breaking anywhere is the lesser evil
            }
            lines.add(join(units, start, cut));
            start = cut;
        }
    }

    /** A word wider than the line is cut into single characters so it can flow like Chinese text. */
    private static void splitOverlongWord(List<String> units, int index) {
        String word = units.remove(index);
        List<String> characters = new ArrayList<>();
        word.codePoints().forEach(cp -> characters.add(new String(Character.toChars(cp))));
        units.addAll(index, characters);
    }

    private static String join(List<String> units, int from, int to) {
        StringBuilder line = new StringBuilder();
        for (int i = from; i < to; i++) {
            line.append(units.get(i));
        }
        return line.toString().stripTrailing();
    }

    /** Latin words and numbers are one unit each; every other character is a unit of its own. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isWordCharacter(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            if (word.length() > 0) {
                units.add(word.toString());
                word.setLength(0);
            }
            units.add(new String(Character.toChars(cp)));
        });
        if (word.length() > 0) {
            units.add(word.toString());
        }
        return units;
    }

    private static boolean isWordCharacter(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || "-_./@#&+:".indexOf(cp) >= 0);
    }

    /** Whether breaking before unit {@code cut} breaks a 禁则 (spaces vanish at a break, so look past them). */
    private static boolean forbiddenBreak(List<String> units, int start, int cut) {
        int next = cut;
        while (next < units.size() && units.get(next).equals(" ")) {
            next++;
        }
        int last = cut - 1;
        while (last > start && units.get(last).equals(" ")) {
            last--;
        }
        return (next < units.size() && startsForbidden(units.get(next))) || endsForbidden(units.get(last));
    }

    private static boolean startsForbidden(String unit) {
        return NO_LINE_START.indexOf(unit.codePointAt(0)) >= 0;
    }

    private static boolean endsForbidden(String unit) {
        return NO_LINE_END.indexOf(unit.codePointBefore(unit.length())) >= 0;
    }
}
