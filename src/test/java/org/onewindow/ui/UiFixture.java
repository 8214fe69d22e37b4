package org.onewindow.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.onewindow.app.Workstation;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.testing.TestClock;
import org.onewindow.ui.app.CurrentThreadTaskExecutor;
import org.onewindow.ui.app.FakeDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;
import org.testfx.api.FxRobot;

/**
 * A real workspace for UI tests: a store on a temporary file with the bundled catalog and calendar,
 * the demo accounts, and cases accepted at the window on the days the test chooses.
 */
public final class UiFixture {

    public static final Catalog CATALOG = CatalogJson.bundled();
    public static final User CLERK = new User("clerk01", "王晓梅", Role.CLERK);
    /** 食品经营许可 (food business licence). */
    public static final String FOOD_LICENCE = "SCJG-003";

    private final Path directory;
    private final TestClock clock;
    private final Workstation workstation;

    private UiFixture(Path directory, Instant now) {
        this.directory = directory;
        this.clock = TestClock.at(now);
        this.workstation = Workstation.openDemo(DataDirectory.of(directory), clock);
    }

    /** @param now e.g. {@code 2026-11-23T02:00:00Z}, ten in the morning in the hall */
    public static UiFixture at(Path directory, String now) {
        return new UiFixture(directory, Instant.parse(now));
    }

    /** Shows the real main window on this workstation, as the app does after its first frame. */
    public void showMainWindow(Stage stage) {
        showMainWindow(stage, new CurrentThreadTaskExecutor());
    }

    /** The same, with the background work on {@code tasks} (the app's pool, for the tests of threading). */
    public void showMainWindow(Stage stage, TaskExecutor tasks) {
        MainWindow window = new MainWindow(stage, Localization.chinese(), new FakeDialogService(), tasks, () -> { });
        window.show();
        window.open(this::workstation, directory, () -> { });
    }

    /** Fills the sign-in form directly (typing each character is slow) and signs in with Enter, as the clerk does. */
    public static void signIn(FxRobot robot, String user, String password) {
        robot.interact(() -> {
            robot.lookup("#loginUsername").queryAs(TextField.class).setText(user);
            robot.lookup("#loginPassword").queryAs(TextField.class).setText(password);
        });
        robot.clickOn("#loginPassword").type(KeyCode.ENTER);
    }

    public Workstation workstation() {
        return workstation;
    }

    public ClientStore store() {
        return workstation.store();
    }

    public TestClock clock() {
        return clock;
    }

    /** Closes the workstation (its sync loop and store). */
    public void close() {
        workstation.close();
    }

    /** Accepts a food business licence application with every material in hand, received at {@code when}. */
    public CaseState acceptedOn(String when, String name, String idNumber) {
        Instant now = clock.instant();
        clock.set(Instant.parse(when));
        try {
            return workstation.takeApplication().take(CLERK, intake(name, idNumber, MaterialStatus.PRESENTED_ORIGINAL),
                    DecisionKind.ACCEPT);
        } finally {
            clock.set(now);
        }
    }

    /** The same, accepted now with the tolerable materials (容缺) to be brought later. */
    public CaseState acceptedWithTolerance(String name, String idNumber) {
        return workstation.takeApplication().take(CLERK, intake(name, idNumber, MaterialStatus.TOLERATED),
                DecisionKind.ACCEPT_WITH_TOLERANCE);
    }

    private Intake intake(String name, String idNumber, MaterialStatus tolerable) {
        Applicant applicant = new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, idNumber, "13800138000", "", "");
        var today = java.time.LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
        List<MaterialCheck> materials = CATALOG.item(FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> m.tolerable() && tolerable == MaterialStatus.TOLERATED
                        ? new MaterialCheck(m.code(), m.name(), MaterialStatus.TOLERATED, today.plusDays(5), "", "")
                        : MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL))
                .toList();
        return new Intake(CATALOG.version(), List.of(FOOD_LICENCE), "", List.of(), applicant, null, materials);
    }

    /** Renders the case's first document (受理通知书 …) and archives it as printed by the clerk. */
    public void printFirstDocument(CaseState state) {
        var issued = workstation.documents().issue(workstation.documents().draftsFor(state.caseId()).get(0));
        store().desk().recordPrinted(CLERK, state.caseId(), issued.kind().name(), issued.number(), false,
                issued.printed().pdf());
    }
}
