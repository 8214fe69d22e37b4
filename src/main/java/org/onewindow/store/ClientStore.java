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
 * for lists and search, the outbox, users, device identity, settings, issued and printed documents.
 * Opened once by the composition root and shared; every part is thread-safe.
 */
public final class ClientStore implements AutoCloseable {

    private final Database database;
    private final Devices devices;
    private final CaseDesk desk;
    private final CaseList cases;
    private final AfterAcceptanceList afterAcceptance;
    private final EventLog events;
    private final UserAccounts users;
    private final Outbox outbox;
    private final Settings settings;
    private final DocumentArchive documents;
    private final AttachmentFiles attachments;
    private final LocalEvents local;
    private final Path keys;
    private final IssueRegister issued;
    private volatile Catalog catalog;
    private volatile CaseFold fold;

    private ClientStore(Database database, Catalog catalog, WorkingCalendar calendar, Clock clock, Path keys) {
        this.database = database;
        this.catalog = catalog;
        this.keys = keys;
        this.devices = new Devices(database, clock, keys);
        DeviceIdentity device = devices.current();
        LocalEvents local = new LocalEvents(device.deviceId(), clock, DeviceSigningKey.openOrCreate(keys),
                device.mustGoOnAsNewDevice());
        this.local = local;
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
        this.events = new EventLog(database, local::deviceId);
        this.outbox = new Outbox(database, local, () -> this.fold, projection, clock);
        this.settings = new Settings(database);
        this.documents = new DocumentArchive(database);
        this.attachments = new AttachmentFiles(database.file().toAbsolutePath().getParent().resolve("attachments"));
        this.issued = new IssueRegister(database);
        outbox.resumeInterruptedSends();
        outbox.admitHeldEvents();
    }

    /**
     * Opens (creating and migrating if needed) the store in a data directory, as the app does: on first run the device
     * gets its identity and its signing key. The directory is its owner's alone (decision record 0021).
     */
    public static ClientStore open(DataDirectory directory, Catalog catalog, WorkingCalendar calendar, Clock clock) {
        return open(directory.ensureCreated().resolve(directory.database().getFileName()), catalog, calendar, clock);
    }

    /** Opens the store in one database file; its device's key and token are in {@code keys/} beside it. */
    public static ClientStore open(Path databaseFile, Catalog catalog, WorkingCalendar calendar, Clock clock) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        Database database = Database.open(databaseFile, clock);
        try {
            return new ClientStore(database, catalog, calendar, clock,
                    databaseFile.toAbsolutePath().getParent().resolve("keys"));
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
        return devices.enroll(deviceCode, serverUrl, deviceToken, false);
    }

    /**
     * Records an enrollment whose answer named this device's id and, when {@code keyConfirmed}, its key: the centre
     * checks this device's signatures from now on. An id the centre assigned is taken only while this device has
     * written nothing (its events carry its id for good).
     */
    public DeviceIdentity recordEnrollment(String deviceId, String deviceCode, String serverUrl, String deviceToken,
                                           boolean keyConfirmed) {
        if (!deviceId.equals(device().deviceId())) {
            if (hasOwnEvents()) {
                throw new StoreException("中心库分配的设备标识与本机已记录的事件不符，未保存注册结果");
            }
            devices.adopt(deviceId, device().predecessorId());
            local.adopt(deviceId, local.key());
        }
        return devices.enroll(deviceCode, serverUrl, deviceToken, keyConfirmed);
    }

    /** The key this device signs its events with. */
    public DeviceSigningKey signingKey() {
        return local.key();
    }

    /**
     * A restored window goes on as the new device the centre made of it (decision record 0021): new id, code, key and
     * token; the device it was becomes its predecessor, whose unsent events it still sends.
     */
    public DeviceIdentity goOnAsNewDevice(String deviceId, String deviceCode, String deviceToken, DeviceSigningKey key) {
        String predecessor = device().deviceId();
        String server = device().serverUrl();
        key.replace(keys, local.key());
        devices.adopt(deviceId, predecessor);
        local.adopt(deviceId, key);
        return devices.enroll(deviceCode, server, deviceToken, true);
    }

    /** The centre now holds this device's key (registered by a window enrolled before it signed). */
    public void confirmSigningKey() {
        devices.confirmKey();
    }

    /** Whether this device has recorded any event of its own. */
    public boolean hasOwnEvents() {
        String own = local.deviceId();
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM event WHERE device_id = ? LIMIT 1")) {
                s.setString(1, own);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** This device's last event: its sequence number and hash; 0 and empty before its first. */
    public record ChainHead(long deviceSeq, String hash) {
    }

    public ChainHead ownChainHead() {
        String own = local.deviceId();
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT device_seq, hash FROM event WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1")) {
                s.setString(1, own);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new ChainHead(rs.getLong(1), rs.getString(2)) : new ChainHead(0, "");
                }
            }
        });
    }

    /** The hash of this device's event with that sequence number, if this store holds it. */
    public java.util.Optional<String> ownHashAt(long deviceSeq) {
        String own = local.deviceId();
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT hash FROM event WHERE device_id = ? AND device_seq = ?")) {
                s.setString(1, own);
                s.setLong(2, deviceSeq);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    /** What the checks when the store opened found wrong with its file (decision record 0021); empty when sound. */
    public java.util.Optional<String> damage() {
        return database.damage();
    }

    /** Backs the store up into {@code target} while it is open (SQLite's online backup). */
    public Path backUp(Path target) {
        return Backups.backUp(database.file(), target);
    }

    /**
     * Puts a backup in place of the store of {@code data} (which must be closed), and marks the restored store: when
     * the window was enrolled it goes on as a new device at its next sync, before it records anything, so no case
     * number or sequence number its lost days used is issued again. Returns where the replaced store was kept.
     */
    public static Path restore(DataDirectory data, Path backup, Catalog catalog, WorkingCalendar calendar, Clock clock) {
        DeviceIdentity before = null;
        if (java.nio.file.Files.exists(data.database())) {
            try (ClientStore current = open(data, catalog, calendar, clock)) {
                before = current.device();
            } catch (RuntimeException unreadable) {
                before = null;
            }
        }
        Path kept = Backups.replace(data, backup, clock);
        try (ClientStore restored = open(data, catalog, calendar, clock)) {
            restored.devices.markRestored(before != null ? before : restored.device());
        }
        return kept;
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

    /** The lists after acceptance: by department, not picked up, uncollected, the day's fees (0033). */
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

    /** Electronic copies of materials, kept by content beside the database. */
    public AttachmentFiles attachments() {
        return attachments;
    }

    /** Every document the cases' decisions produced, printed or not. */
    public IssueRegister issued() {
        return issued;
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
