package org.onewindow.print;

import java.util.Map;

/** The verifier's answer about one document or scanned code, with the signed fields when readable. */
public record Verification(Verdict verdict, Map<KeyField, String> fields, String detail) {

    /** What a verifier can say about a document. */
    public enum Verdict {
        GENUINE("真实：签名有效，内容未被改动"),
        ALTERED("已被篡改：内容与签名不符"),
        UNKNOWN_KEY("无法确认：签发密钥不在本机信任列表中"),
        NO_CODE("无法确认：未找到一窗通验真码");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Verification {
        fields = Map.copyOf(fields);
    }

    static Verification of(Verdict verdict, String detail) {
        return new Verification(verdict, Map.of(), detail);
    }
}
