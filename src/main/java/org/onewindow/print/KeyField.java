package org.onewindow.print;

/**
 * A field of a document that its authenticity code signs, with the short key used in the code
 * (the QR code must stay small enough to scan) and the label the verifier prints.
 */
public enum KeyField {
    KIND("k", "文书种类"),
    NUMBER("n", "文书编号"),
    CASE("c", "受理编号"),
    APPLICANT("a", "申请人"),
    ISSUED("d", "签发日期"),
    ITEMS("i", "事项编码"),
    DUE("p", "承诺办结日期"),
    CERTIFICATE("z", "证照编号");

    /** Longest applicant name kept in the code; the printed text must start with it. */
    static final int MAX_VALUE_LENGTH = 40;

    private final String key;
    private final String label;

    KeyField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Fields a forger would edit on the paper, so the verifier checks the printed text carries them. */
    boolean printedVerbatim() {
        return this == NUMBER || this == CASE || this == APPLICANT || this == CERTIFICATE;
    }

    static KeyField ofKey(String key) {
        for (KeyField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("未知的验真字段：" + key);
    }
}
