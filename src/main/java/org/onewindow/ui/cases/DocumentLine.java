package org.onewindow.ui.cases;

/** A document printed for the case, as listed on the case detail. */
public record DocumentLine(long archiveId, String kind, String number, String printedAt, boolean reprint) {
}
