package org.onewindow.print.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper sizes the hall's printers take, with the margins, text sizes and page numbers that suit each. */
public enum Paper {
    /** Guides and lists handed out before an application: A4, 小四 body. */
    A4(210, 297, 20, 20, 20, 20, 12f, 10.5f, false),
    /**
     * Notices that are 公文 (GB/T 9704-2012): A4, 版心 156 × 225 mm (top 37, left 28 mm), 3号 (16 pt) body, tables in
     * 小四, page numbers "— N —" at the outer edge.
     */
    A4_OFFICIAL(210, 297, 37, 35, 28, 26, 16f, 12f, true),
    /** The receipt when the office hands it out on A5. */
    A5(148, 210, 10, 10, 12, 12, 10f, 8.5f, false),
    /** Certificates and licences (证照) are printed landscape. */
    A4_LANDSCAPE(297, 210, 12, 12, 12, 12, 12f, 10.5f, false),
    /** The thermal label couriers stick on a parcel (面单), 100 × 150 mm. */
    LABEL_100X150(100, 150, 5, 5, 5, 5, 9f, 8f, false);

    private final float widthMm;
    private final float heightMm;
    private final float topMm;
    private final float bottomMm;
    private final float leftMm;
    private final float rightMm;
    private final float bodySize;
    private final float smallSize;
    private final boolean official;

    Paper(float widthMm, float heightMm, float topMm, float bottomMm, float leftMm, float rightMm, float bodySize,
          float smallSize, boolean official) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.topMm = topMm;
        this.bottomMm = bottomMm;
        this.leftMm = leftMm;
        this.rightMm = rightMm;
        this.bodySize = bodySize;
        this.smallSize = smallSize;
        this.official = official;
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

    /** The side margin (left), kept for callers that think of one margin. */
    public float marginMm() {
        return leftMm;
    }

    public float topMm() {
        return topMm;
    }

    public float bottomMm() {
        return bottomMm;
    }

    public float leftMm() {
        return leftMm;
    }

    public float rightMm() {
        return rightMm;
    }

    /** Body text size in points: 3号 (16 pt) on 公文, 小四 (12 pt) on A4, smaller on A5. */
    public float bodySize() {
        return bodySize;
    }

    /** Tables and forms. */
    public float smallSize() {
        return smallSize;
    }

    /** Laid out as a 公文 (GB/T 9704): red 版头, page numbers "— N —". */
    public boolean official() {
        return official;
    }

    /** Millimetres to PDF points. */
    public static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }
}
