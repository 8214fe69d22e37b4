package org.onewindow.ui.app;

import java.time.Clock;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.ui.documents.CaseDocuments;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.PrinterSettings;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;

/**
 * What the window works on, opened in the background at start-up: the local store, the catalog, the
 * working-day calendar, the case documents (office profile, signing key) and the printers. Closed
 * when the window closes.
 */
public record Workspace(ClientStore store, Catalog catalog, WorkingCalendar calendar, Clock clock,
                        CaseDocuments documents, DocumentPrinter printer) implements AutoCloseable {

    /**
     * The installation's data: the store in the data directory with the bundled catalog and calendar.
     * The clock is the system clock in the hall's time zone, like the store's days and deadlines.
     */
    public static Workspace open(DataDirectory data) {
        Clock clock = Clock.system(CaseFold.ZONE);
        Catalog catalog = CatalogJson.bundled();
        WorkingCalendar calendar = WorkingCalendar.bundled();
        ClientStore store = ClientStore.open(data, catalog, calendar);
        return new Workspace(store, catalog, calendar, clock, CaseDocuments.open(catalog, store, data, clock),
                new DocumentPrinter(PrinterSettings.defaults()));
    }

    @Override
    public void close() {
        store.close();
    }
}
