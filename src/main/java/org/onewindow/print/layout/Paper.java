package org.onewindow.print.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper sizes the hall's printers take, with the margins and body size that suit each. */
public enum Paper {
    A4(210, 297, 20, 12f),
    A5(148, 210, 13, 10f),
    /** Certificates and licences (证照) are printed landscape. */
    A4_LANDSCAPE(297, 210, 12, 12f),
    /** The thermal label couriers stick on a parcel (面单), 100 × 150 mm. */
    LABEL_100X150(100, 150, 5, 9f);

    private final float widthMm;
    private final float heightMm;
    private final float marginMm;
    private final float bodySize;

    Paper(float widthMm, float heightMm, float marginMm, float bodySize) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.marginMm = marginMm;
        this.bodySize = bodySize;
    }

    public PDRectangle rectangle() {
        return new PDRectangle(mm(widthMm), mm(heightMm));
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }

    public float marginMm() {
        return marginMm;
    }

    /** Body text size in points: 小四 (12 pt) on A4, a little smaller on A5. */
    public float bodySize() {
        return bodySize;
    }

    /** Millimetres to PDF points. */
    public static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }
}
