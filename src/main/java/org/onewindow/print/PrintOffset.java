package org.onewindow.print;

/**
 * How far a printer puts things from where they should be, measured on the calibration page and
 * corrected when printing fields onto pre-printed stock (套打).
 *
 * @param rightMm positive moves the print to the right
 * @param downMm  positive moves the print down
 */
public record PrintOffset(float rightMm, float downMm) {

    public static final PrintOffset NONE = new PrintOffset(0, 0);

    public PrintOffset {
        if (Math.abs(rightMm) > 30 || Math.abs(downMm) > 30) {
            throw new IllegalArgumentException("校准偏移不能超过 30 毫米（横向 " + rightMm + "，纵向 " + downMm + "）");
        }
    }
}
