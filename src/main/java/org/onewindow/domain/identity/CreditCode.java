package org.onewindow.domain.identity;

import java.util.Map;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of a company, association or other
 * organisation: 18 characters from a 31-character set, the last a check character.
 */
public final class CreditCode extends NumberValue implements IdNumber {

    /** The code's alphabet; a character's value is its index. I, O, Z, S and V never appear. */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Registering authorities (登记管理部门) named by GB 32100 and its amendments. */
    private static final Map<Character, String> AUTHORITIES = Map.ofEntries(
            Map.entry('1', "机构编制"), Map.entry('2', "外交"), Map.entry('3', "司法行政"), Map.entry('4', "文化"),
            Map.entry('5', "民政"), Map.entry('6', "旅游"), Map.entry('7', "宗教"), Map.entry('8', "工会"),
            Map.entry('9', "市场监督管理"), Map.entry('A', "中央军委改革和编制办公室"), Map.entry('N', "农业"),
            Map.entry('Y', "其他"));

    private CreditCode(String text) {
        super(text);
    }

    @Override
    public IdKind kind() {
        return IdKind.CREDIT_CODE;
    }

    /**
     * Shown in full everywhere: the code is an organisation's public identifier, printed on its business
     * licence and published by the national enterprise credit information system (国家企业信用信息公示系统).
     */
    @Override
    public String masked() {
        return text();
    }

    /** The check character for the first 17 characters, all from {@link #CHARACTERS}. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /**
     * Checks a code. When the check character is its only fault the verdict is
     * {@link Verdict#CHECKSUM_OVERRIDABLE}: early pilot-region codes are like that and still lawful.
     */
    public static IdentifierCheck check(String input) {
        String text = Findings.cleanIdentifier(input);
        Findings findings = new Findings();
        if (text.isEmpty()) {
            findings.problem("请输入统一社会信用代码");
            return findings.result(text);
        }
        int length = Findings.length(text);
        if (length != 18) {
            findings.problem("长度应为 18 位，实际为 " + length + " 位");
        }
        boolean legal = findings.checkCharacters(text, (position, c, total) -> CHARACTERS.indexOf(c) >= 0,
                "只能是数字和大写字母，且不使用 I、O、Z、S、V，请核对是否把数字 0、1、2、5 看成了字母");
        if (length != 18 || !legal) {
            return findings.result(text);
        }
        if (!AUTHORITIES.containsKey(text.charAt(0))) {
            findings.warn("第 1 位登记管理部门代码“" + text.charAt(0) + "”不在国家标准列出的代码中，请核对");
        }
        if (!Findings.allDigits(text.substring(2, 8))) {
            findings.problem("第 3 至 8 位是登记管理机关的行政区划码，应为数字，实际为 " + text.substring(2, 8));
        }
        char expected = checkCharacter(text);
        if (expected == text.charAt(17)) {
            return findings.result(text, CreditCode::new);
        }
        findings.problem("校验位应为 " + expected + "，实际为 " + text.charAt(17));
        return findings.problemsOtherThanTheLast() ? findings.result(text) : findings.overridable(new CreditCode(text));
    }
}
