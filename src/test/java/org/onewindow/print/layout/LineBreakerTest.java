package org.onewindow.print.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.onewindow.print.PdfFonts;
import org.onewindow.print.TestFonts;

class LineBreakerTest {

    private static final FontMetrics METRICS = metrics();
    private static final String CLOSING = "，。、；：？！）」』》";
    private static final String OPENING = "（「『《";

    private static FontMetrics metrics() {
        PdfFonts fonts = TestFonts.SHARED;
        fonts.lock().lock();
        try (PDDocument document = new PDDocument()) {
            return fonts.embedIn(document).regularMetrics();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            fonts.lock().unlock();
        }
    }

    private static List<String> lines(String text, float widthInEms) {
        return new LineBreaker(METRICS, 10).lines(text, widthInEms * 10);
    }

    @Test
    void breaksBetweenChineseCharactersAtTheWidth() {
        assertThat(lines("一二三四五六七八九十", 4)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void carriesTheLastCharacterOverRatherThanStartALineWithAFullStop() {
        assertThat(lines("一二三四。五六", 4)).containsExactly("一二三", "四。五六");
    }

    @Test
    void neverEndsALineWithAnOpeningBracket() {
        assertThat(lines("一二三（四五）", 4)).containsExactly("一二三", "（四五）");
    }

    @Test
    void keepsLatinWordsAndNumbersWhole() {
        List<String> result = lines("受理编号 330102-0007-2611 已出具", 9);
        assertThat(result).anySatisfy(line -> assertThat(line).contains("330102-0007-2611"));
    }

    @Test
    void cutsAWordLongerThanTheLine() {
        assertThat(lines("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ", 10)).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(METRICS.width(line, 10)).isLessThanOrEqualTo(100f));
    }

    /**
     * Real text never has three punctuation marks in a row; with at most two, the longest cluster that
     * may not be broken ("（（申，，") is five characters, so lines of six or more always have a lawful break.
     */
    @Provide
    Arbitrary<String> chineseText() {
        return Arbitraries.strings().withChars("申请材料齐全符合法定形式决定予以受理" + CLOSING + OPENING + "AB12 ")
                .ofMinLength(1).ofMaxLength(120)
                .filter(text -> !text.replace(" ", "").matches(".*[" + CLOSING + OPENING + "]{3,}.*"));
    }

    @Property(tries = 300)
    void linesFitKeepEveryCharacterAndObeyTheRules(@ForAll("chineseText") String text, @ForAll("widths") int widthInEms) {
        List<String> result = lines(text, widthInEms);
        assertThat(String.join("", result).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        for (int i = 0; i < result.size(); i++) {
            String line = result.get(i);
            assertThat(METRICS.width(line, 10)).isLessThanOrEqualTo(widthInEms * 10f + 0.01f);
            if (!line.isEmpty()) {
                if (i > 0) {
                    assertThat(CLOSING.indexOf(line.charAt(0))).as("line %d of %s starts with %s", i, result, line).isNegative();
                }
                if (i < result.size() - 1) {
                    assertThat(OPENING.indexOf(line.charAt(line.length() - 1))).as("%s", result).isNegative();
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.integers().between(6, 30);
    }
}
