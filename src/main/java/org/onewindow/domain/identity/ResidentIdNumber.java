package org.onewindow.domain.identity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999), always in its 18-character form: a
 * first-generation 15-digit number (一代证) is taken in and kept upgraded, so the old and the new number of
 * one person are the same value.
 */
public final class ResidentIdNumber extends NumberValue implements IdNumber {

    /**
     * Province-level codes of GB/T 2260. Only the province is checked: county codes change every year
     * and an outdated table must not turn away a lawful number.
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private ResidentIdNumber(String text) {
        super(text);
    }

    @Override
    public IdKind kind() {
        return IdKind.RESIDENT_ID;
    }

    /** 110105********002X: the address code and the last four stay, the birth date and sequence are hidden. */
    @Override
    public String masked() {
        return Gb11643.mask(text());
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        return Gb11643.checkCharacter(first17);
    }

    /** A first-generation 15-digit number in its 18-digit form: "19" before the year, and a check character. */
    public static String upgradeFirstGeneration(String fifteenDigits) {
        if (fifteenDigits.length() != 15 || !Findings.allDigits(fifteenDigits)) {
            throw new IllegalArgumentException("15 位旧号码应为 15 位数字：" + fifteenDigits);
        }
        String first17 = fifteenDigits.substring(0, 6) + "19" + fifteenDigits.substring(6);
        return first17 + Gb11643.checkCharacter(first17);
    }

    /** Checks a resident identity card number (18 characters, or a 15-digit first-generation number). */
    public static IdentifierCheck check(String input, LocalDate today) {
        String text = Findings.cleanIdentifier(input);
        Findings findings = new Findings();
        if (text.isEmpty()) {
            findings.problem("请输入证件号码");
            return findings.result(text);
        }
        int length = Findings.length(text);
        if (length == 15) {
            return checkFirstGeneration(text, today, findings);
        }
        Gb11643.check(text, today, findings, "长度应为 18 位（旧号码为 15 位），实际为 " + length + " 位");
        if (length == 18) {
            checkAddressCode(text, findings);
        }
        return findings.result(text, ResidentIdNumber::new);
    }

    private static IdentifierCheck checkFirstGeneration(String text, LocalDate today, Findings findings) {
        if (!findings.checkCharacters(text, (position, c, total) -> Gb11643.isDigit(c), "15 位旧号码只能是数字")) {
            return findings.result(text);
        }
        Gb11643.checkBirthDate("19" + text.substring(6, 12), today, findings);
        if (findings.hasProblems()) {
            return findings.result(text);
        }
        String upgraded = upgradeFirstGeneration(text);
        findings.warn("15 位旧号码，已转换为 18 位：" + upgraded + "（请以申请人现持证件为准）");
        checkAddressCode(upgraded, findings);
        return findings.result(upgraded, ResidentIdNumber::new);
    }

    /** A number of another document built the same way is a wrong choice of kind; an unknown province a doubt. */
    private static void checkAddressCode(String text, Findings findings) {
        String prefix = text.substring(0, 6);
        IdKind recognised = Identifiers.recognise(text);
        if (recognised == IdKind.RESIDENCE_PERMIT) {
            findings.problem("前 6 位 " + prefix + " 是港澳台居民居住证的号码，请将证件类型选为“港澳台居民居住证”");
        } else if (recognised == IdKind.FOREIGN_PERMANENT_RESIDENT) {
            findings.problem("以 9 开头的是外国人永久居留身份证号码，请将证件类型选为“外国人永久居留身份证”");
        } else if (!PROVINCES.contains(text.substring(0, 2))) {
            findings.warn("地址码 " + prefix + " 不属于已知的省级行政区划，请核对证件（不影响受理）");
        }
    }
}
