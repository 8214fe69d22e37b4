package org.onewindow.ui.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.Json;
import org.onewindow.domain.calendar.DayOverride;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.PrinterSettings;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.sync.SyncService;
import org.onewindow.ui.documents.CaseDocuments;

/**
 * What the window works on, opened in the background at start-up: the local store, the catalog and
 * working-day calendar in force (the central store's when it published them, else the bundled ones),
 * the case documents (office profile, signing key), the printers and the sync loop. Closed when the
 * window closes.
 */
public record Workspace(ClientStore store, Catalog catalog, WorkingCalendar calendar, Clock clock,
                        CaseDocuments documents, DocumentPrinter printer, SyncService sync) implements AutoCloseable {

    /** Where the sync client keeps what the central store published (see the sync part's notes). */
    static final String CENTRAL_CATALOG = "central.catalog.json";
    static final String CENTRAL_CALENDAR_OVERRIDES = "central.calendar.overrides.json";

    /**
     * The installation's data, on the composition root's clock (in the hall's time zone, like the store's
     * days and deadlines). Sync runs in the background once the device is enrolled.
     */
    public static Workspace open(DataDirectory data, Clock clock) {
        Catalog catalog = CatalogJson.bundled();
        WorkingCalendar calendar = WorkingCalendar.bundled();
        ClientStore store = ClientStore.open(data, catalog, calendar, clock);
        Optional<String> overrides = store.settings().get(CENTRAL_CALENDAR_OVERRIDES);
        if (overrides.isPresent()) {
            // the calendar is part of how the store folds cases, so it opens again with the regional one
            store.close();
            calendar = calendar.withOverrides(readOverrides(overrides.get()));
            store = ClientStore.open(data, catalog, calendar, clock);
        }
        Optional<String> published = store.settings().get(CENTRAL_CATALOG);
        if (published.isPresent()) {
            catalog = CatalogJson.read(published.get());
            store.useCatalog(catalog);
        }
        SyncService sync = new SyncService(store, clock);
        if (store.device().enrolled()) {
            sync.start();
        }
        return new Workspace(store, catalog, calendar, clock, CaseDocuments.open(catalog, store, data, clock),
                new DocumentPrinter(PrinterSettings.defaults()), sync);
    }

    private static List<DayOverride> readOverrides(String json) {
        try {
            return List.of(Json.mapper().readValue(json, DayOverride[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("中心下发的节假日调整数据无法读取：" + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        sync.close();
        store.close();
    }
}
