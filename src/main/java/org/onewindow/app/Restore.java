package org.onewindow.app;

import java.nio.file.Path;
import java.time.Clock;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.Problem;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.StoreException;

/**
 * Restoring a window's store from a backup (decision record 0021), with the window closed: the backup is checked and
 * put in place, the replaced store kept beside it, and an enrolled window marked to go on as a new device at its next
 * sync before it records anything.
 */
public final class Restore {

    /** Where the replaced store was kept, and whether the window must go on as a new device before it works. */
    public record Outcome(Path keptAs, boolean mustGoOnAsNewDevice) {
    }

    private Restore() {
    }

    public static Outcome from(DataDirectory data, Path backup, Clock clock) {
        try {
            Path kept = ClientStore.restore(data, backup, CatalogJson.bundled(), WorkingCalendar.bundled(), clock);
            try (ClientStore restored = ClientStore.open(data, CatalogJson.bundled(), WorkingCalendar.bundled(), clock)) {
                return new Outcome(kept, restored.device().mustGoOnAsNewDevice());
            }
        } catch (StoreException e) {
            throw new Problem.InvalidInput("恢复失败：" + e.getMessage());
        }
    }
}
