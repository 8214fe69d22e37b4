package org.onewindow.domain.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact phone number: a mainland mobile number or a landline with its area code. Only the shape
 * is checked; carriers and number ranges change too often to judge.
 */
public final class PhoneNumber {

    /** Area code, then the local number, optionally an extension; separators as people write them. */
    private static final Pattern LANDLINE = Pattern.compile("\\(?(0\\d{2,3})\\)?-?(\\d{7,8})(?:-(\\d{1,6}))?");
    private static final Pattern SEPARATORS = Pattern.compile("[-()]");

    private PhoneNumber() {
    }

    /** Checks a phone number; the standard form is the 11 digits of a mobile or "area-local[-extension]". */
    public static IdentifierCheck check(String input) {
        String text = stripCountryCode(Findings.clean(input));
        Findings findings = new Findings();
        if (text.isEmpty()) {
            findings.problem("请输入联系电话");
            return findings.result(text);
        }
        if (!findings.checkCharacters(text, (position, c, total) -> (c >= '0' && c <= '9') || "-()".indexOf(c) >= 0,
                "只能是数字，区号后可用“-”分隔")) {
            return findings.result(text);
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (digits.startsWith("1")) {
            if (digits.length() != 11) {
                findings.problem("手机号码应为 11 位，实际为 " + digits.length() + " 位");
            }
            return findings.result(digits);
        }
        if (!digits.startsWith("0")) {
            findings.problem("手机号码以 1 开头；固定电话须带区号（以 0 开头），例如 010-12345678、0755-1234567");
            return findings.result(text);
        }
        return checkLandline(text, digits, findings);
    }

    private static IdentifierCheck checkLandline(String text, String digits, Findings findings) {
        Matcher written = LANDLINE.matcher(text);
        if (written.matches() && areaCodeFits(written.group(1))) {
            String extension = written.group(3) == null ? "" : "-" + written.group(3);
            return findings.result(written.group(1) + "-" + written.group(2) + extension);
        }
        // Without separators: Beijing and the 02x cities have 3-digit area codes, everyone else 4.
        int areaLength = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
        int local = digits.length() - areaLength;
        if (local < 7 || local > 8) {
            findings.problem("固定电话应为区号加 7 至 8 位本地号码（如 010-12345678），本地号码实际为 "
                    + Math.max(local, 0) + " 位");
            return findings.result(text);
        }
        return findings.result(digits.substring(0, areaLength) + "-" + digits.substring(areaLength));
    }

    private static boolean areaCodeFits(String areaCode) {
        boolean threeDigit = areaCode.startsWith("01") || areaCode.startsWith("02");
        return areaCode.length() == (threeDigit ? 3 : 4);
    }

    private static String stripCountryCode(String text) {
        if (text.startsWith("+86")) {
            return text.substring(3);
        }
        return text.startsWith("0086") ? text.substring(4) : text;
    }
}
