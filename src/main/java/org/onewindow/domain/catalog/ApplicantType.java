package org.onewindow.domain.catalog;

/** Who may apply for an item: a natural person (自然人) or a legal person/organisation (法人). */
public enum ApplicantType {
    PERSON("自然人"),
    COMPANY("法人及其他组织");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
