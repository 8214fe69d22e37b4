package org.onewindow.domain.calendar;

import java.time.LocalDate;

/**
 * A deadline was asked for a day the calendar does not reach: before its first day, or past the
 * horizon of its provisional part. Guessing (weekends only) would print a wrong legal deadline on a
 * receipt, so the calendar refuses and says who can fix it.
 */
public final class OutsideCoverageException extends RuntimeException {

    private final LocalDate day;

    /**
     * @param day   the first day outside the range that was needed
     * @param asked what was asked, in words for the message (a date, or "N working days from D")
     */
    OutsideCoverageException(LocalDate day, String asked, LocalDate coveredFrom, LocalDate publishedUntil,
                             LocalDate horizon) {
        super(message(day, asked, coveredFrom, publishedUntil, horizon));
        this.day = day;
    }

    /** The day that lies outside the covered range. */
    public LocalDate day() {
        return day;
    }

    private static String message(LocalDate day, String asked, LocalDate coveredFrom, LocalDate publishedUntil,
                                  LocalDate horizon) {
        String side = day.isAfter(horizon) ? "此后" : "此前";
        return "日历仅覆盖 " + coveredFrom + " 至 " + horizon + "（" + publishedUntil.plusDays(1)
                + " 起为按法定节假日推算的暂定日期），无法计算" + side + "的期限（" + asked + "），请联系管理员更新节假日数据";
    }
}
