package org.onewindow.domain.identity;

/**
 * The kind of identity document an applicant or agent presents (证件类型). It lives beside the numbers it
 * names, so the applicant (which holds a kind and a number) depends on this package and not the reverse.
 */
public enum IdKind {
    RESIDENT_ID("居民身份证"),
    RESIDENCE_PERMIT("港澳台居民居住证"),
    FOREIGN_PERMANENT_RESIDENT("外国人永久居留身份证"),
    PASSPORT("护照"),
    CREDIT_CODE("统一社会信用代码");

    private final String label;

    IdKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
