package org.onewindow.domain.identity;

import java.time.LocalDate;

/**
 * The number of a foreign permanent-resident identity card (外国人永久居留身份证号码). The card issued from
 * 2023-12-01 carries a GB 11643 number whose first digit is 9; the 2017 card, still valid until it expires,
 * carries 15 characters: the holder's nationality in three letters and twelve digits. The two are different
 * numbers (the nationality became digits), so neither is converted into the other.
 */
public final class ForeignPermanentResidentNumber extends NumberValue implements IdNumber {

    static final int EDITION_2017_LENGTH = 15;
    private static final int NATIONALITY_LETTERS = 3;

    private ForeignPermanentResidentNumber(String text) {
        super(text);
    }

    @Override
    public IdKind kind() {
        return IdKind.FOREIGN_PERMANENT_RESIDENT;
    }

    /**
     * The 2023 number like a resident's (9xxxxx********xxxx); the 2017 one keeps its three nationality letters
     * and its last four (USA********1234): as with the 18-digit numbers, where the holder comes from and the
     * last four stay readable, and the middle, where the birth date is, does not.
     */
    @Override
    public String masked() {
        return text().length() == EDITION_2017_LENGTH ? Masks.keep(text(), NATIONALITY_LETTERS, 4) : Gb11643.mask(text());
    }

    public static IdentifierCheck check(String input, LocalDate today) {
        String text = Findings.cleanIdentifier(input);
        Findings findings = new Findings();
        if (text.isEmpty()) {
            findings.problem("请输入证件号码");
            return findings.result(text);
        }
        int length = Findings.length(text);
        if (length == EDITION_2017_LENGTH) {
            return checkEdition2017(text, findings);
        }
        Gb11643.check(text, today, findings, "长度应为 18 位（2017 版为 15 位），实际为 " + length + " 位");
        if (length == 18 && text.charAt(0) != '9') {
            findings.problem("外国人永久居留身份证号码应以 9 开头，实际以 " + text.charAt(0) + " 开头");
        }
        return findings.result(text, ForeignPermanentResidentNumber::new);
    }

    /** The 2017 card's number has no published check rule here, so its shape is all that is checked. */
    private static IdentifierCheck checkEdition2017(String text, Findings findings) {
        boolean legal = findings.checkCharacters(text, (position, c, total) -> position <= NATIONALITY_LETTERS
                        ? c >= 'A' && c <= 'Z' : Gb11643.isDigit(c),
                "2017 版号码前 3 位是国籍的英文字母代码，后 12 位是数字");
        if (legal) {
            findings.warn("2017 版永久居留身份证号码（15 位）只核对了格式，请对照证件逐位核对");
        }
        return findings.result(text, ForeignPermanentResidentNumber::new);
    }
}
