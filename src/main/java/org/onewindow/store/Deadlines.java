package org.onewindow.store;

import java.time.LocalDate;

/**
 * The dates a case accepted today would get: 承诺办结日期 and 法定期限届满日期. The statutory
 * deadline is null when it lies beyond the calendar's data (not yet known, never guessed).
 */
public record Deadlines(LocalDate receivedOn, LocalDate promisedDate, LocalDate statutoryDeadline) {
}
