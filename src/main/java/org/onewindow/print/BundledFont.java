package org.onewindow.print;

/**
 * The Chinese typeface shipped with the program (Noto Sans SC, SIL Open Font Licence), as TrueType with glyf
 * outlines so PDFBox can embed subsets; the build unpacks only these two weights. The window registers the
 * same files with JavaFX, so screen and paper show the same letters.
 */
public enum BundledFont {
    REGULAR("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf"),
    BOLD("/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf");

    /** The family name stylesheets use. */
    public static final String FAMILY = "Noto Sans SC";

    private final String resource;

    BundledFont(String resource) {
        this.resource = resource;
    }

    /** Where it lies on the class path. */
    public String resource() {
        return resource;
    }
}
