package org.onewindow.domain.identity;


/**
 * A passport number (护照号码). Issuing states use their own formats, so only the shape common to
 * all of them is checked: 5 to 17 letters and digits, at least one digit.
 */
public final class PassportNumber extends NumberValue implements IdNumber {

    /** Characters left readable at the end of a masked passport number. */
    static final int KEPT_AT_END = 3;

    private PassportNumber(String text) {
        super(text);
    }

    @Override
    public IdKind kind() {
        return IdKind.PASSPORT;
    }

    /**
     * Only the last three stay (******678): a passport number has no public part such as a resident number's
     * address code, and with its holder's name it identifies them abroad; three characters are enough to
     * match a list line to the passport in hand.
     */
    @Override
    public String masked() {
        return Masks.keep(text(), 0, KEPT_AT_END);
    }

    public static IdentifierCheck check(String input) {
        String text = Findings.cleanIdentifier(input);
        Findings findings = new Findings();
        if (text.isEmpty()) {
            findings.problem("请输入护照号码");
            return findings.result(text);
        }
        int length = Findings.length(text);
        if (length < 5 || length > 17) {
            findings.problem("护照号码应为 5 至 17 位，实际为 " + length + " 位");
        }
        boolean legal = findings.checkCharacters(text,
                (position, c, total) -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'), "只能是英文字母和数字");
        if (legal && text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            findings.problem("护照号码至少含有一位数字");
        }
        return findings.result(text, PassportNumber::new);
    }
}
