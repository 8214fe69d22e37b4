package org.onewindow.print;

import java.util.Map;

/**
 * The word each kind of paper adds to its office's 机关代字 in its number (发文字号), e.g. 历下审批受〔2026〕…号 for a
 * receipt, 历下审批补 for a one-time notice.
 */
public final class NumberWords {

    private static final Map<DocumentKind, String> WORDS = Map.of(
            DocumentKind.RECEIPT, "受",
            DocumentKind.TOLERANCE_NOTICE, "容",
            DocumentKind.TOLERANCE_COMMITMENT, "容诺",
            DocumentKind.COMMITMENT_LETTER, "诺",
            DocumentKind.DEFICIENCY_NOTICE, "补",
            DocumentKind.REFUSAL_NOTICE, "不受",
            DocumentKind.DENIAL_DECISION, "不许",
            DocumentKind.VOID_NOTICE, "废",
            DocumentKind.PROXY_RECEIPT, "代",
            DocumentKind.PROXY_AUTHORISATION, "委");

    private NumberWords() {
    }

    /** The word of {@code kind}, empty for a kind that has none. */
    public static String of(DocumentKind kind) {
        return WORDS.getOrDefault(kind, "");
    }
}
