package org.onewindow.ui.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.Role;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.User;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.documents.CaseDocuments;

/**
 * A real store in a temporary directory with a clerk and a supervisor, on the bundled catalog and
 * calendar, and the flow's factory over it. The clock is fixed on a working Monday the calendar covers.
 */
public final class IntakeTestStore implements AutoCloseable {

    public static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** A printer no computer has: printing fails the way a switched-off printer does. */
    public static final String MISSING_PRINTER = "不存在的打印机";

    public final ClientStore store;
    public final User clerk;
    public final CaseDocuments documents;

    public IntakeTestStore(Path dir) {
        DataDirectory data = DataDirectory.of(dir);
        data.ensureCreated();
        store = ClientStore.open(data.database(), CatalogJson.bundled(), WorkingCalendar.bundled(), NOW);
        clerk = store.users().create("clerk01", "王晓梅", Role.CLERK, "Clerk@2026".toCharArray());
        store.users().create("super01", "李建国", Role.SUPERVISOR, "Super@2026".toCharArray());
        documents = CaseDocuments.open(CatalogJson.bundled(), store, data, NOW);
    }

    /** Every document to {@code printerName}. */
    public static DocumentPrinter printerNamed(String printerName) {
        PrinterSettings settings = PrinterSettings.defaults();
        for (PrinterRole role : PrinterRole.values()) {
            settings = settings.withPrinter(role, printerName);
        }
        return new DocumentPrinter(settings);
    }

    public IntakeScreens screens(DocumentPrinter printer, DialogService dialogs, TaskExecutor tasks) {
        return new IntakeScreens(CatalogJson.bundled(), WorkingCalendar.bundled(), NOW, store.desk(), documents,
                printer, dialogs, tasks, new ViewLoader(Localization.chinese()));
    }

    @Override
    public void close() {
        store.close();
    }
}
