package org.onewindow.domain.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The numbers built by GB 11643-1999 (公民身份号码): 6-digit address code, 8-digit birth date, 3-digit
 * sequence and a check character (ISO 7064 MOD 11-2). Used as they are by the resident identity card, the
 * residence permit of Hong Kong, Macao and Taiwan residents and the 2023 foreign permanent-resident card.
 */
final class Gb11643 {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Characters 1–6 (the address code) and 15–18 stay readable when masked: enough to tell two people apart. */
    private static final int KEPT_AT_START = 6;
    private static final int KEPT_AT_END = 4;

    private Gb11643() {
    }

    /** The check character for the first 17 digits. */
    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Checks 18 characters (cleaned input) and adds what is wrong: length, characters, the birth date and
     * the check character. Which document the first digits belong to is the caller's part.
     *
     * @param lengthProblem the message for a wrong length, given the actual length
     * @param today         birth dates after it are refused
     */
    static void check(String text, LocalDate today, Findings findings, String lengthProblem) {
        int length = Findings.length(text);
        if (length != 18) {
            findings.problem(lengthProblem);
        }
        boolean legal = findings.checkCharacters(text,
                (position, c, total) -> isDigit(c) || (c == 'X' && position == total),
                "前 17 位只能是数字，最后一位是数字或 X");
        if (length != 18) {
            return;
        }
        checkBirthDate(text.substring(6, 14), today, findings);
        if (legal) {
            char expected = checkCharacter(text);
            if (expected != text.charAt(17)) {
                findings.problem("校验位应为 " + expected + "，实际为 " + text.charAt(17) + "（请逐位核对号码）");
            }
        }
    }

    /** A birth date written as 8 digits must be a real day, not after {@code today} and not before 1900. */
    static void checkBirthDate(String yyyymmdd, LocalDate today, Findings findings) {
        if (!Findings.allDigits(yyyymmdd)) {
            return;
        }
        LocalDate birth;
        try {
            birth = birthDate(yyyymmdd);
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

    static LocalDate birthDate(String yyyymmdd) {
        return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                Integer.parseInt(yyyymmdd.substring(6, 8)));
    }

    /** The mask of an 18-character number: 110105********002X. */
    static String mask(String text) {
        return Masks.keep(text, KEPT_AT_START, KEPT_AT_END);
    }

    static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }
}
