package org.onewindow.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Numbers built by GB 11643-1999 (公民身份号码): the resident identity card, the residence permit of
 * Hong Kong, Macao and Taiwan residents (港澳台居民居住证) and the foreign permanent-resident card
 * (外国人永久居留身份证, 2023 version). All three are 17 digits and a check character over them.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Set<String> RESIDENCE_PERMIT_PREFIXES = Set.of("810000", "820000", "830000");
    /**
     * Province-level codes of GB/T 2260. Only the province is checked: county codes change every year
     * and an outdated table must not turn away a lawful number.
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber() {
    }

    /** Which document the number belongs to; each has its own rule for the first digits. */
    enum Document {
        RESIDENT_ID, RESIDENCE_PERMIT, FOREIGN_PERMANENT_RESIDENT;

        static Document recognise(String cleaned) {
            if (cleaned.startsWith("9")) {
                return FOREIGN_PERMANENT_RESIDENT;
            }
            if (cleaned.length() >= 6 && RESIDENCE_PERMIT_PREFIXES.contains(cleaned.substring(0, 6))) {
                return RESIDENCE_PERMIT;
            }
            return RESIDENT_ID;
        }
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** A first-generation 15-digit number in its 18-digit form: "19" before the year, and a check character. */
    public static String upgradeFirstGeneration(String fifteenDigits) {
        if (fifteenDigits.length() != 15 || !Findings.allDigits(fifteenDigits)) {
            throw new IllegalArgumentException("15 位旧号码应为 15 位数字：" + fifteenDigits);
        }
        String first17 = fifteenDigits.substring(0, 6) + "19" + fifteenDigits.substring(6);
        return first17 + checkCharacter(first17);
    }

    /** Checks a resident identity card number (18 digits, or a 15-digit first-generation number). */
    public static IdentifierCheck checkResidentId(String input, LocalDate today) {
        return check(input, today, Document.RESIDENT_ID);
    }

    /** Checks the number of a Hong Kong, Macao or Taiwan resident's residence permit. */
    public static IdentifierCheck checkResidencePermit(String input, LocalDate today) {
        return check(input, today, Document.RESIDENCE_PERMIT);
    }

    /** Checks the number of a foreign permanent-resident identity card (2023 version). */
    public static IdentifierCheck checkForeignPermanentResident(String input, LocalDate today) {
        return check(input, today, Document.FOREIGN_PERMANENT_RESIDENT);
    }

    /** Checks a number of whichever of the three documents its first digits say it is. */
    public static IdentifierCheck checkAnyDocument(String input, LocalDate today) {
        return check(input, today, Document.recognise(Findings.clean(input)));
    }

    static IdentifierCheck check(String input, LocalDate today, Document document) {
        String text = Findings.clean(input);
        Findings findings = new Findings();
        if (text.isEmpty()) {
            findings.problem("请输入证件号码");
            return findings.result(text);
        }
        int length = Findings.length(text);
        if (length == 15 && document == Document.RESIDENT_ID) {
            return checkFirstGeneration(text, today, findings);
        }
        if (length != 18) {
            findings.problem(document == Document.RESIDENT_ID
                    ? "长度应为 18 位（旧号码为 15 位），实际为 " + length + " 位"
                    : "长度应为 18 位，实际为 " + length + " 位");
        }
        boolean legal = findings.checkCharacters(text,
                (position, c, total) -> isDigit(c) || (c == 'X' && position == total),
                "前 17 位只能是数字，最后一位是数字或 X");
        if (length != 18) {
            return findings.result(text);
        }
        checkBirthDate(text.substring(6, 14), today, findings);
        if (legal) {
            char expected = checkCharacter(text);
            if (expected != text.charAt(17)) {
                findings.problem("校验位应为 " + expected + "，实际为 " + text.charAt(17) + "（请逐位核对号码）");
            }
        }
        checkDocumentPrefix(text, document, findings);
        return findings.result(text);
    }

    private static IdentifierCheck checkFirstGeneration(String text, LocalDate today, Findings findings) {
        if (!findings.checkCharacters(text, (position, c, total) -> isDigit(c), "15 位旧号码只能是数字")) {
            return findings.result(text);
        }
        checkBirthDate("19" + text.substring(6, 12), today, findings);
        if (findings.hasProblems()) {
            return findings.result(text);
        }
        String upgraded = upgradeFirstGeneration(text);
        findings.warn("15 位旧号码，已转换为 18 位：" + upgraded + "（请以申请人现持证件为准）");
        checkDocumentPrefix(upgraded, Document.RESIDENT_ID, findings);
        return findings.result(upgraded);
    }

    private static void checkBirthDate(String yyyymmdd, LocalDate today, Findings findings) {
        if (!Findings.allDigits(yyyymmdd)) {
            return;
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            findings.problem("出生日期 " + yyyymmdd + " 不是真实存在的日期");
            return;
        }
        if (birth.isAfter(today)) {
            findings.problem("出生日期 " + birth + " 晚于今天（" + today + "）");
        } else if (birth.isBefore(EARLIEST_BIRTH)) {
            findings.problem("出生日期 " + birth + " 早于 1900 年，不可能是有效证件");
        }
    }

    private static void checkDocumentPrefix(String text, Document document, Findings findings) {
        String prefix = text.substring(0, 6);
        switch (document) {
            case RESIDENT_ID -> {
                if (Document.recognise(text) == Document.RESIDENCE_PERMIT) {
                    findings.problem("前 6 位 " + prefix + " 是港澳台居民居住证的号码，请将证件类型选为“港澳台居民居住证”");
                } else if (Document.recognise(text) == Document.FOREIGN_PERMANENT_RESIDENT) {
                    findings.problem("以 9 开头的是外国人永久居留身份证号码，请将证件类型选为“外国人永久居留身份证”");
                } else if (!PROVINCES.contains(text.substring(0, 2))) {
                    findings.warn("地址码 " + prefix + " 不属于已知的省级行政区划，请核对证件（不影响受理）");
                }
            }
            case RESIDENCE_PERMIT -> {
                if (!RESIDENCE_PERMIT_PREFIXES.contains(prefix)) {
                    findings.problem("港澳台居民居住证号码前 6 位应为 810000（香港）、820000（澳门）或 830000（台湾），实际为 "
                            + prefix);
                }
            }
            case FOREIGN_PERMANENT_RESIDENT -> {
                if (text.charAt(0) != '9') {
                    findings.problem("外国人永久居留身份证号码应以 9 开头，实际以 " + text.charAt(0) + " 开头");
                }
            }
        }
    }

    private static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }
}
