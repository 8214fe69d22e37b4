package org.onewindow.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.catalog.Catalog;

/**
 * The client's local store (本地库): one SQLite file holding the case event log, the projections
 * for lists and search, the outbox, users, device identity, settings and printed documents.
 * Opened once by the composition root and shared; every part is thread-safe.
 */
public final class ClientStore implements AutoCloseable {

    private final Database database;
    private final Devices devices;
    private final DeviceIdentity device;
    private final CaseDesk desk;
    private final CaseList cases;
    private final AfterAcceptanceList afterAcceptance;
    private final EventLog events;
    private final UserAccounts users;
    private final Outbox outbox;
    private final Settings settings;
    private final DocumentArchive documents;
    private volatile Catalog catalog;
    private volatile CaseFold fold;

    private ClientStore(Database database, Catalog catalog, WorkingCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.devices = new Devices(database, clock);
        this.device = devices.current();
        LocalEvents local = new LocalEvents(device.deviceId(), clock);
        database.read(c -> {
            local.observeLatest(c);
            return null;
        });
        this.fold = new CaseFold(calendar);
        CaseProjection projection = new CaseProjection(() -> this.catalog);
        this.users = new UserAccounts(database, clock);
        this.desk = new CaseDesk(database, local, devices, () -> this.fold, projection, clock);
        desk.rebuildProjectionIfRequested();
        this.cases = new CaseList(database);
        this.afterAcceptance = new AfterAcceptanceList(database);
        this.events = new EventLog(database, device.deviceId());
        this.outbox = new Outbox(database, local, () -> this.fold, projection, clock);
        this.settings = new Settings(database);
        this.documents = new DocumentArchive(database);
        outbox.resumeInterruptedSends();
        outbox.admitHeldEvents();
    }

    /**
     * Opens (creating and migrating if needed) the store in a data directory, as the app does:
     * on first run the device gets its identity and the demo accounts are seeded.
     */
    public static ClientStore open(DataDirectory directory, Catalog catalog, WorkingCalendar calendar, Clock clock) {
        ClientStore store = open(directory.ensureCreated().resolve(directory.database().getFileName()), catalog,
                calendar, clock);
        store.users().seedDemoAccountsIfEmpty();
        return store;
    }

    /** Opens the store in one database file, without seeding accounts. */
    public static ClientStore open(Path databaseFile, Catalog catalog, WorkingCalendar calendar, Clock clock) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        Database database = Database.open(databaseFile, clock);
        try {
            return new ClientStore(database, catalog, calendar, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** A newer catalog version for item names of cases folded from now on; history keeps its own version. */
    public void useCatalog(Catalog newer) {
        this.catalog = Objects.requireNonNull(newer, "catalog");
    }

    /** The calendar cases are folded with from now on (pause-extended dates), e.g. once a year's data is published. */
    public void useCalendar(WorkingCalendar newer) {
        this.fold = new CaseFold(Objects.requireNonNull(newer, "calendar"));
    }

    public DeviceIdentity device() {
        return devices.current();
    }

    /** Records enrollment with the central store (sync calls this); the device id stays the same. */
    public DeviceIdentity recordEnrollment(String deviceCode, String serverUrl, String deviceToken) {
        return devices.enroll(deviceCode, serverUrl, deviceToken);
    }

    /** Forgets the device token, e.g. when the centre reports it revoked. */
    public DeviceIdentity forgetDeviceToken() {
        return devices.forgetToken();
    }

    public CaseDesk desk() {
        return desk;
    }

    public CaseList cases() {
        return cases;
    }

    /** The lists after acceptance: by department, not picked up, uncollected, the day's fees (0040). */
    public AfterAcceptanceList afterAcceptance() {
        return afterAcceptance;
    }

    public EventLog events() {
        return events;
    }

    public UserAccounts users() {
        return users;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Settings settings() {
        return settings;
    }

    public DocumentArchive documents() {
        return documents;
    }

    public Path databaseFile() {
        return database.file();
    }

    /**
     * Reports every read or write made on a thread where {@code forbidden} is true (the window's thread, which
     * must never wait for the disk) to {@code violation}.
     */
    public void guardThreads(BooleanSupplier forbidden, Consumer<String> violation) {
        database.guard(forbidden, violation);
    }

    /** SQLite's own consistency check of the file: "ok" when sound. */
    public String integrityCheck() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = s.executeQuery()) {
                StringBuilder result = new StringBuilder();
                while (rs.next()) {
                    result.append(result.length() == 0 ? "" : "\n").append(rs.getString(1));
                }
                return result.toString();
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
