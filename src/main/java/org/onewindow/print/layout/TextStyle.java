package org.onewindow.print.layout;

/**
 * How a run of text is set: size in points, weight, and the line pitch (leading) in points.
 */
public record TextStyle(float size, boolean bold, float leading) {

    public static TextStyle of(float size, boolean bold) {
        return new TextStyle(size, bold, size * 1.55f);
    }

    public TextStyle bolder() {
        return new TextStyle(size, true, leading);
    }

    public TextStyle sized(float newSize) {
        return new TextStyle(newSize, bold, newSize * leading / size);
    }

    /** Distance from the top of the line box to the baseline, so glyphs sit centred in the pitch. */
    public float baselineOffset() {
        return (leading - size) / 2f + size * 0.88f;
    }
}
