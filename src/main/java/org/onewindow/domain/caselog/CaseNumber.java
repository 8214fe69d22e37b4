package org.onewindow.domain.caselog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.onewindow.domain.Problem;

/**
 * A case number (受理编号), issued offline without asking anyone: {@code K7Q3-261123-0042-H} is
 * device {@code K7Q3}, 2026-11-23, the 42nd case that device opened that day, and a check
 * character (ISO 7064 MOD 37,36) over the rest. The device code makes it unique across devices;
 * the check character catches a mistyped number before it is looked up.
 */
public record CaseNumber(String deviceCode, LocalDate day, int serial) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuMMdd", Locale.ROOT);
    private static final String EXAMPLE = "K7Q3-261123-0042-H";

    public CaseNumber {
        Objects.requireNonNull(day, "day");
        if (!DeviceCode.isValid(deviceCode)) {
            throw new IllegalArgumentException("设备码应为4位字母或数字：" + deviceCode);
        }
        if (serial < 1 || serial > 99_999) {
            throw new IllegalArgumentException("当日序号应在1至99999之间：" + serial);
        }
        if (day.getYear() < 2000 || day.getYear() > 2099) {
            throw new IllegalArgumentException("受理日期超出范围：" + day);
        }
    }

    /** The printed form with its check character. */
    public String text() {
        String body = deviceCode + day.format(DAY) + serialText();
        return deviceCode + "-" + day.format(DAY) + "-" + serialText() + "-" + CheckCharacter.of(body);
    }

    private String serialText() {
        return serial < 10_000 ? String.format("%04d", serial) : Integer.toString(serial);
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * Reads a number as typed at the window: spaces and hyphens are optional, lower case is
     * accepted. Throws {@link Problem.InvalidInput} with a message for the clerk.
     */
    public static CaseNumber parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new Problem.InvalidInput("请输入受理编号，格式如 " + EXAMPLE);
        }
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-－—]", "");
        if (compact.length() < 15 || compact.length() > 16) {
            throw new Problem.InvalidInput("受理编号位数不对（应为“设备码4位-日期6位-序号4至5位-校验位1位”，如 "
                    + EXAMPLE + "）：" + typed.strip());
        }
        for (int i = 0; i < compact.length(); i++) {
            if (!CheckCharacter.inAlphabet(compact.charAt(i))) {
                throw new Problem.InvalidInput("受理编号只能包含数字和大写字母，第" + (i + 1) + "位“"
                        + compact.charAt(i) + "”不合法");
            }
        }
        String device = compact.substring(0, 4);
        if (!DeviceCode.isValid(device)) {
            throw new Problem.InvalidInput("受理编号的设备码“" + device + "”不合法（设备码不含 0、1、I、O）");
        }
        String body = compact.substring(0, compact.length() - 1);
        char check = compact.charAt(compact.length() - 1);
        if (CheckCharacter.of(body) != check) {
            throw new Problem.InvalidInput("受理编号校验位不符，请核对是否输错：" + typed.strip());
        }
        LocalDate day;
        try {
            day = LocalDate.parse(compact.substring(4, 10), DAY);
        } catch (DateTimeParseException e) {
            throw new Problem.InvalidInput("受理编号中的日期“" + compact.substring(4, 10) + "”不存在");
        }
        String serialText = compact.substring(10, compact.length() - 1);
        if (!serialText.chars().allMatch(Character::isDigit)) {
            throw new Problem.InvalidInput("受理编号中的序号应为数字：" + serialText);
        }
        return new CaseNumber(device, day, Integer.parseInt(serialText));
    }

    /**
     * A number typed without its check character (the applicant's paper is torn, the clerk stopped short):
     * completed with the character it must have. Empty when the text is not such a number. A number so completed
     * was not checked against typing errors: it is for looking a case up, never for recording one.
     */
    public static java.util.Optional<CaseNumber> withoutCheckCharacter(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-－—]", "");
        if (compact.length() < 14 || compact.length() > 15) {
            return java.util.Optional.empty();
        }
        String body = compact;
        try {
            return java.util.Optional.of(parse(body + CheckCharacter.of(body)));
        } catch (Problem.InvalidInput | IllegalArgumentException notANumber) {
            return java.util.Optional.empty();
        }
    }

    /** Whether {@code typed} is a well-formed number with a matching check character. */
    public static boolean isValid(String typed) {
        try {
            parse(typed);
            return true;
        } catch (Problem.InvalidInput e) {
            return false;
        }
    }
}
