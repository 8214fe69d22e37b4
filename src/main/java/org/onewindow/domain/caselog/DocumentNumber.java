package org.onewindow.domain.caselog;

import java.util.Objects;

/**
 * A document number (文号) in the 〔2026〕N号 style, e.g. {@code 政服受〔2026〕K7Q3-15号}. Windows
 * issue them offline, so each device keeps its own series per office prefix and year and the
 * device code tells the series apart (see docs/decisions/0005).
 *
 * @param prefix the office's abbreviation and the document kind's word, e.g. 政服受 or 政服补
 */
public record DocumentNumber(String prefix, int year, String deviceCode, int serial) {

    public DocumentNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (!DeviceCode.isValid(deviceCode)) {
            throw new IllegalArgumentException("设备码不合法：" + deviceCode);
        }
        if (serial < 1) {
            throw new IllegalArgumentException("文号序号应从1开始：" + serial);
        }
    }

    public String text() {
        return prefix + "〔" + year + "〕" + deviceCode + "-" + serial + "号";
    }

    @Override
    public String toString() {
        return text();
    }
}
