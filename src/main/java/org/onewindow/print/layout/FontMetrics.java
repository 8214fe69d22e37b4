package org.onewindow.print.layout;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * Advance widths of one font, in thousandths of the font size, read from the font's own tables and
 * cached per character, so measuring a line does not go through the PDF font object each time.
 */
public final class FontMetrics {

    /** Printed instead of a character the font has no glyph for (a rare 生僻字, an emoji). */
    public static final int REPLACEMENT = '□';

    private final IntUnaryOperator glyphOf;
    private final GlyphAdvance advanceOf;
    private final float[] basicPlane = new float[0x10000];
    private final Map<Integer, Float> otherPlanes = new ConcurrentHashMap<>();

    /** The advance of a glyph id in thousandths of an em. */
    @FunctionalInterface
    public interface GlyphAdvance {
        float of(int glyph);
    }

    public FontMetrics(IntUnaryOperator glyphOf, GlyphAdvance advanceOf) {
        this.glyphOf = glyphOf;
        this.advanceOf = advanceOf;
        Arrays.fill(basicPlane, Float.NaN);
    }

    /** Width of one character in thousandths of the font size; -1 when the font lacks it. */
    public float advance(int codePoint) {
        if (codePoint < basicPlane.length) {
            float cached = basicPlane[codePoint];
            if (Float.isNaN(cached)) {
                cached = measure(codePoint);
                basicPlane[codePoint] = cached;
            }
            return cached;
        }
        return otherPlanes.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
        int glyph = glyphOf.applyAsInt(codePoint);
        return glyph == 0 ? -1 : advanceOf.of(glyph);
    }

    public boolean hasGlyph(int codePoint) {
        return advance(codePoint) >= 0;
    }

    /** Width of {@code text} at {@code size} points; the text must be {@link #printable printable}. */
    public float width(CharSequence text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            total += advance(cp);
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    /** The text with tabs as spaces, other control characters dropped and unknown characters as □. */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n') {
                out.append('\n');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(hasGlyph(cp) ? cp : REPLACEMENT);
            }
        });
        return out.toString();
    }
}
