package org.onewindow.ui.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.onewindow.domain.caselog.CaseFold;

/** Dates and times as the window writes them in its language (2026年11月23日 or 23 Nov 2026); "—" for none. */
public final class Dates {

    private final DateTimeFormatter day;
    private final DateTimeFormatter time;

    public Dates(Localization texts) {
        this.day = DateTimeFormatter.ofPattern(texts.get("format.date"), texts.locale());
        this.time = DateTimeFormatter.ofPattern(texts.get("format.dateTime"), texts.locale());
    }

    public String day(LocalDate date) {
        return date == null ? "—" : day.format(date);
    }

    /** A moment in the hall's time zone, to the second. */
    public String time(Instant at) {
        return at == null ? "—" : time.format(at.atZone(CaseFold.ZONE));
    }
}
