package org.onewindow.domain.identity;

import java.time.LocalDate;
import java.util.Set;

/**
 * The number of a Hong Kong, Macao or Taiwan resident's residence permit (港澳台居民居住证号码): a GB 11643
 * number whose address code is 810000 (香港), 820000 (澳门) or 830000 (台湾).
 */
public final class ResidencePermitNumber extends NumberValue implements IdNumber {

    static final Set<String> PREFIXES = Set.of("810000", "820000", "830000");

    private ResidencePermitNumber(String text) {
        super(text);
    }

    @Override
    public IdKind kind() {
        return IdKind.RESIDENCE_PERMIT;
    }

    /** Masked like a resident's number: 810000********0021. */
    @Override
    public String masked() {
        return Gb11643.mask(text());
    }

    public static IdentifierCheck check(String input, LocalDate today) {
        String text = Findings.cleanIdentifier(input);
        Findings findings = new Findings();
        if (text.isEmpty()) {
            findings.problem("请输入证件号码");
            return findings.result(text);
        }
        int length = Findings.length(text);
        Gb11643.check(text, today, findings, "长度应为 18 位，实际为 " + length + " 位");
        if (length == 18 && !PREFIXES.contains(text.substring(0, 6))) {
            findings.problem("港澳台居民居住证号码前 6 位应为 810000（香港）、820000（澳门）或 830000（台湾），实际为 "
                    + text.substring(0, 6));
        }
        return findings.result(text, ResidencePermitNumber::new);
    }
}
