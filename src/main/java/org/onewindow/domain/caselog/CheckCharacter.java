package org.onewindow.domain.caselog;

/**
 * ISO/IEC 7064 MOD 37,36: one check character over digits and Latin capitals. It catches every
 * single mistyped character and nearly every swap of two neighbours, which is what happens when a
 * number is read out or typed at the window.
 */
final class CheckCharacter {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int M = 36;

    private CheckCharacter() {
    }

    /** The check character for {@code text}, which must hold only 0-9 and A-Z. */
    static char of(CharSequence text) {
        int p = M;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the check alphabet: " + text.charAt(i));
            }
            int s = (p + value) % M;
            if (s == 0) {
                s = M;
            }
            p = (s * 2) % (M + 1);
        }
        return ALPHABET.charAt((M + 1 - p) % M);
    }

    static boolean inAlphabet(char c) {
        return ALPHABET.indexOf(c) >= 0;
    }
}
