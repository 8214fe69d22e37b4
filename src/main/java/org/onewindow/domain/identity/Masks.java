package org.onewindow.domain.identity;

/** Hides the middle of a number, one {@code *} per hidden character, so a masked number keeps its length. */
final class Masks {

    static final int HIDDEN = '*';

    private Masks() {
    }

    /** Keeps the first {@code start} and the last {@code end} characters; a text too short keeps none. */
    static String keep(String text, int start, int end) {
        int[] characters = text.codePoints().toArray();
        boolean tooShort = start + end >= characters.length;
        StringBuilder masked = new StringBuilder(text.length());
        for (int i = 0; i < characters.length; i++) {
            boolean kept = !tooShort && (i < start || i >= characters.length - end);
            masked.appendCodePoint(kept ? characters[i] : HIDDEN);
        }
        return masked.toString();
    }
}
