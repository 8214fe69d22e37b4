package org.onewindow.ui.cases;

import java.time.Instant;

/**
 * A document printed for the case, as listed on the case detail.
 *
 * @param kindCode  the print part's document kind, e.g. {@code RECEIPT}
 * @param kind      its title, e.g. 受理通知书
 * @param printedAt when it was printed, as shown
 */
public record DocumentLine(long archiveId, String kindCode, String kind, String number, Instant printed,
                           String printedAt, boolean reprint) {
}
