package org.onewindow.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off the law grants (法定节假日): a day of a festival, or the working day that makes up for a
 * festival day falling on a weekend or on another festival (补假).
 *
 * @param date     the day off
 * @param festival the festival it belongs to
 * @param madeUp   whether this is a 补假 day rather than the festival day itself
 */
public record HolidayDay(LocalDate date, Festival festival, boolean madeUp) implements Comparable<HolidayDay> {

    public HolidayDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(festival, "festival");
    }

    /** By date, then in the law's order of festivals. */
    @Override
    public int compareTo(HolidayDay other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : festival.compareTo(other.festival);
    }

    /** The day's name as a calendar lists it, e.g. 国庆节 or 国庆节补假. */
    public String name() {
        return madeUp ? festival.chineseName() + "补假" : festival.chineseName();
    }
}
