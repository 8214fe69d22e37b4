package org.onewindow.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.PasswordHash;
import org.onewindow.testing.Cases;

/**
 * A real window for sync tests: its own SQLite client store in a data directory, enrolled with the
 * central store under test, with a clerk whose account came down from the centre.
 */
final class SyncWindow implements AutoCloseable {

    static final Catalog CATALOG = CatalogJson.bundled();
    static final String FOOD_LICENCE = "SCJG-003";
    static final String PASSWORD = "Window@2026";

    final Path dataDir;
    final String clerkId;
    /** The time the window reads: the test's one clock, shared with the centre, as synchronised PCs would. */
    final Clock clock;
    ClientStore store;
    SyncService sync;

    private SyncWindow(Path dataDir, String clerkId, Clock clock) {
        this.dataDir = dataDir;
        this.clerkId = clerkId;
        this.clock = clock;
        open();
    }

    /** Adds the hall's clerk at the centre and enrolls a new window of that hall. */
    static SyncWindow enrolled(CentralFixture central, Path dataDir, String hall, String clerkId) throws Exception {
        return enrolled(central, central.url(), dataDir, hall, clerkId);
    }

    /** The same, enrolled with a service at {@code serverUrl} (e.g. one in a child JVM over the same database). */
    static SyncWindow enrolled(CentralFixture central, String serverUrl, Path dataDir, String hall, String clerkId)
            throws Exception {
        central.users.put(new UserAccount(clerkId, "窗口 " + clerkId, Role.CLERK, hall,
                PasswordHash.hash(PASSWORD.toCharArray()), false));
        SyncWindow window = new SyncWindow(dataDir, clerkId, central.clock);
        SyncService.enroll(window.store, URI.create(serverUrl),
                central.devices.issueEnrollmentCode(hall, "330100", Duration.ofHours(1)));
        return window;
    }

    /** A window already set up in {@code dataDir} (enrolled before, or a copy of one), opened again. */
    static SyncWindow reopened(CentralFixture central, Path dataDir, String clerkId) {
        return new SyncWindow(dataDir, clerkId, central.clock);
    }

    /**
     * Client stores of these tests live in memory (/dev/shm) when it exists: they test sync, not the disk, and
     * thousands of captures each waiting for an fsync would take minutes. A SIGKILL loses nothing from the
     * page cache either way. Nothing here or in the store's crash test (which SIGKILLs its saving process)
     * simulates a power loss: that rests on SQLite's synchronous=FULL.
     */
    static final class InMemory implements TempDirFactory {
        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "onewindow-sync-") : Files.createTempDirectory("onewindow-sync-");
        }
    }

    void open() {
        store = ClientStore.open(DataDirectory.of(dataDir), CATALOG, WorkingCalendar.bundled(), clock);
        sync = new SyncService(store, clock,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), RandomGenerator.getDefault()), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        sync.close();
        store.close();
    }

    /** The clerk signs in offline, against the hash that came down from the centre. */
    User clerk() {
        LoginResult result = store.users().login(clerkId, PASSWORD.toCharArray());
        if (result instanceof LoginResult.SignedIn signedIn) {
            return signedIn.user();
        }
        throw new IllegalStateException("登录失败：" + result);
    }

    long projectedCases() {
        return store.cases().count();
    }

    /** Accepts {@code count} complete applications, each a new case, the way the window does. */
    void capture(int count) {
        User clerk = clerk();
        for (int i = 0; i < count; i++) {
            Cases.accept(store, clock, clerk, completeFoodLicence("申请人" + i), org.onewindow.domain.intake.DecisionKind.ACCEPT);
        }
    }

    static Intake foodLicence(String name, MaterialStatus tolerable, LocalDate promisedBy) {
        Applicant applicant = new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, "11010519491231002X",
                "13800138000", "", "");
        List<MaterialCheck> materials = CATALOG.item(FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> m.tolerable()
                        ? new MaterialCheck(m.code(), m.name(), tolerable, promisedBy, "", "")
                        : MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL))
                .toList();
        return new Intake(CATALOG.version(), List.of(FOOD_LICENCE), "", List.of(), applicant, null, materials);
    }

    static Intake completeFoodLicence(String name) {
        return foodLicence(name, MaterialStatus.PRESENTED_ORIGINAL, null);
    }
}
