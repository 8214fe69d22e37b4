package org.onewindow.domain.caselog;

import java.util.Objects;

/**
 * A document number (发文字号) as GB/T 9704-2012 writes it: 机关代字, the year in 〔〕 and a plain serial with no
 * leading zeros, e.g. {@code 历下审批受K7Q3〔2026〕15号}. Windows issue them offline, so each device keeps its own
 * series per office prefix and year, and the device code, part of the 代字, tells the series apart (see
 * docs/decisions/0005); nothing but the serial stands between 〔〕 and 号.
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
        return prefix + deviceCode + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() {
        return text();
    }
}
