package org.onewindow.ui.cases;

/**
 * A document of the case as the case detail lists it: printed (a first print or a 补打), or issued and not
 * printed yet.
 *
 * @param archiveId its print in the archive, or -1 when it was never printed
 * @param issueId   its entry among the documents issued and never printed, or -1 when it was printed
 * @param kind      its title, e.g. 受理通知书
 * @param when      when it was printed or, unprinted, issued, as shown
 * @param state     已打印, 补打 or 未打印, as shown
 */
public record DocumentLine(long archiveId, long issueId, String kind, String number, String when, String state,
                           boolean reprint) {

    public boolean printed() {
        return archiveId >= 0;
    }
}
