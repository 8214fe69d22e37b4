package org.onewindow.domain.caselog;

import java.util.Objects;

/**
 * The applicant's authorisation of the agent (委托代办): a 委托书 printed for the applicant's signature, or the
 * applicant's consent given on the agent's screen. The statement is the text the applicant agreed to, kept with
 * the file so that what was consented to can be read later.
 */
public record Authorisation(Method method, String statement) {

    public Authorisation {
        Objects.requireNonNull(method, "method");
        statement = statement == null ? "" : statement.strip();
        if (method == Method.ON_SCREEN_CONSENT && statement.isEmpty()) {
            throw new IllegalArgumentException("on-screen consent records the statement the applicant agreed to");
        }
    }

    /** How the applicant authorised the agent. */
    public enum Method {
        /** 委托书: printed with both identities and the items, signed by the applicant, carried with the file. */
        PRINTED_LETTER("书面委托书"),
        /** 当面确认: the applicant read the statement on the agent's screen and agreed there. */
        ON_SCREEN_CONSENT("当面屏幕确认");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
