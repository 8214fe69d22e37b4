package org.onewindow.domain.catalog;

/** Whether the window needs to see the original, take a copy, or both (原件/复印件). */
public enum MaterialForm {
    ORIGINAL("原件"),
    COPY("复印件"),
    ORIGINAL_AND_COPY("原件及复印件"),
    ELECTRONIC("电子件");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
