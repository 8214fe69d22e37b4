package org.onewindow.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.sync.Publication;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.store.ClientStore;
import org.onewindow.store.PullReport;
import org.onewindow.store.SyncedUser;

/**
 * Pulls what changed for this device, page by page, and applies each page — events, users, catalog,
 * calendar overrides and the new cursor — in one local transaction, so a crash between pages only
 * means the next pull starts from the last page applied.
 */
public final class ChangePuller {

    /** Setting keys under which the published catalog and the region's calendar overrides are kept. */
    public static final String CATALOG_SETTING = "central.catalog.json";
    public static final String CALENDAR_SETTING = "central.calendar.overrides.json";

    /** The setting under which the State Council's holidays of {@code year}, as the centre published them, are kept. */
    public static String nationalYearSetting(int year) {
        return "central.calendar.national." + year + ".json";
    }

    private static final int PAGE = 1000;

    private final ClientStore store;
    private final CentralClient client;

    ChangePuller(ClientStore store, CentralClient client) {
        this.store = store;
        this.client = client;
    }

    Tally pullAll() throws CentralUnreachableException, CentralRefusedException {
        Tally tally = new Tally();
        PullResponse page;
        do {
            page = client.pull(store.outbox().pullCursor(), PAGE);
            apply(page, tally);
        } while (page.more());
        return tally;
    }

    private void apply(PullResponse page, Tally tally) {
        Map<String, String> settings = new LinkedHashMap<>();
        Publication catalog = page.catalog();
        if (catalog != null) {
            // Checked before it is kept: a catalog this client cannot read must not replace the one in use.
            CatalogJson.read(catalog.json());
            settings.put(CATALOG_SETTING, catalog.json());
        }
        for (Publication calendar : page.calendars()) {
            settings.put(CALENDAR_SETTING, calendar.json());
        }
        for (Publication year : page.nationalYears()) {
            settings.put(nationalYearSetting(Integer.parseInt(year.key())), year.json());
        }
        List<SyncedUser> users = page.users().stream().map(ChangePuller::synced).toList();
        PullReport report = store.outbox().applyPulled(page.events(), users, page.departedUsers(), page.keys(), settings,
                page.cursor());
        tally.catalogUpdated |= catalog != null;
        tally.received += report.inserted();
        tally.usersUpdated += users.size();
        tally.calendarsUpdated += page.calendars().size() + page.nationalYears().size();
        tally.notTaken.addAll(report.rejected());
        tally.notTaken.addAll(report.held());
    }

    static SyncedUser synced(UserAccount account) {
        return new SyncedUser(account.userId(), account.displayName(), account.role(), account.passwordHash(),
                !account.disabled(), account.mustChangePassword());
    }

    /** Counts of one pull. */
    static final class Tally {
        int received;
        int usersUpdated;
        boolean catalogUpdated;
        int calendarsUpdated;
        final List<String> notTaken = new ArrayList<>();
    }
}
