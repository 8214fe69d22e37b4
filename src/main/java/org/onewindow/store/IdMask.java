package org.onewindow.store;

/**
 * Masks an identity number for lists and copies that leave the hall (证件号脱敏): the first three and
 * last four characters stay, enough for a clerk to match the card in hand, the rest become '*'.
 */
final class IdMask {

    private IdMask() {
    }

    static String mask(String idNumber) {
        int[] cps = idNumber.codePoints().toArray();
        int keepHead = cps.length >= 10 ? 3 : Math.min(1, cps.length);
        int keepTail = cps.length >= 10 ? 4 : (cps.length > 2 ? 1 : 0);
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i < keepHead || i >= cps.length - keepTail) {
                masked.appendCodePoint(cps[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }
}
