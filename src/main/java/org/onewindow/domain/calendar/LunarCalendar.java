package org.onewindow.domain.calendar;

import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.time.Month;

/**
 * Dates of the Chinese lunar calendar (农历) and the solar terms (二十四节气), in Beijing time, taken
 * from the kept library {@code cn.6tail:lunar} (decision record 0014). The only class that touches it.
 *
 * <p>The library keeps its lunar years in a plain static {@code HashMap}, which is not safe to fill
 * from two threads at once, so every call into it holds one lock. Only its month and solar-term
 * tables are used: building a full {@code Lunar} day computes far more than a holiday needs and costs
 * several times as much at start-up.
 */
final class LunarCalendar {

    /** 清明's place in {@link LunarYear#getJieQiJulianDays()}: 大雪 (of the year before), 冬至, 小寒 … 春分, 清明. */
    private static final int QINGMING_INDEX = 8;

    private static final Object LIBRARY = new Object();

    private LunarCalendar() {
    }

    /**
     * The Gregorian date of day {@code day} of lunar month {@code month} (a regular month, not a leap
     * month 闰月) of the lunar year that starts in Gregorian year {@code year}; 正月初一 is (year, 1, 1).
     */
    static LocalDate lunarDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("农历月份应为 1 至 12：" + month);
        }
        synchronized (LIBRARY) {
            LunarMonth lunarMonth = LunarMonth.fromYm(year, month);
            if (day < 1 || day > lunarMonth.getDayCount()) {
                throw new IllegalArgumentException("农历" + year + "年" + month + "月没有第 " + day + " 天");
            }
            return date(Solar.fromJulianDay(lunarMonth.getFirstJulianDay() + day - 1));
        }
    }

    /** The day of the solar term 清明 in Gregorian year {@code year}, in Beijing time (4 or 5 April). */
    static LocalDate qingming(int year) {
        LocalDate day;
        synchronized (LIBRARY) {
            day = date(Solar.fromJulianDay(LunarYear.fromYear(year).getJieQiJulianDays().get(QINGMING_INDEX)));
        }
        if (day.getYear() != year || day.getMonth() != Month.APRIL) {
            throw new IllegalStateException("农历库给出的 " + year + " 年清明为 " + day + "，节气顺序与预期不符");
        }
        return day;
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
