package org.onewindow.print;

/** The bundled font parsed once for the whole test run, as the program's composition root parses it once. */
public final class TestFonts {

    public static final PdfFonts SHARED = PdfFonts.load();

    private TestFonts() {
    }
}
