package org.onewindow.ui.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.onewindow.app.Workstation;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.app.ViewLoader;

/**
 * A real workstation in a temporary directory with its demo clerk and supervisor, on the bundled catalog and
 * calendar, and the flow's factory over it. The clock is fixed on a working Monday the calendar covers.
 */
public final class IntakeTestStore implements AutoCloseable {

    public static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** A printer no computer has: printing fails the way a switched-off printer does. */
    public static final String MISSING_PRINTER = "不存在的打印机";

    public final Workstation workstation;
    public final ClientStore store;
    public final User clerk;

    public IntakeTestStore(Path dir) {
        workstation = Workstation.openDemo(DataDirectory.of(dir), NOW);
        store = workstation.store();
        clerk = new User("clerk01", "王晓梅", Role.CLERK);
    }

    /** Every document to {@code printerName}. */
    public static PrinterSettings printerNamed(String printerName) {
        PrinterSettings settings = PrinterSettings.defaults();
        for (PrinterRole role : PrinterRole.values()) {
            settings = settings.withPrinter(role, printerName);
        }
        return settings;
    }

    public IntakeScreens screens(PrinterSettings printers, DialogService dialogs, TaskExecutor tasks) {
        workstation.usePrinters(printers);
        return new IntakeScreens(workstation, dialogs, tasks, new ViewLoader(Localization.chinese()));
    }

    @Override
    public void close() {
        workstation.close();
    }
}
