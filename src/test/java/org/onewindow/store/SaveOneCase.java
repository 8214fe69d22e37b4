package org.onewindow.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.app.Workstation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.TestClock;

/**
 * The main of a child JVM started by {@code WindowDistributionIT} on the window's distribution
 * ({@code target/onewindow/lib/*}) and the test classes: opens the window's runtime ({@code Workstation}: a fresh
 * store, the bundled catalog and calendar) in the data directory given, takes one application there as the window
 * does (its use case over the store's {@code CaseDesk}), opens it again and finds the case. Prints
 * {@code SAVED <case number>}, and {@code ABSENT <class>} for each server class it could not load.
 */
public final class SaveOneCase {

    /** A class of each of the central store's libraries, and its own code: none of them is in the window's distribution. */
    public static final List<String> SERVER_CLASSES = List.of("io.javalin.Javalin", "org.eclipse.jetty.server.Server",
            "org.postgresql.Driver", "com.zaxxer.hikari.HikariDataSource", "org.flywaydb.core.Flyway",
            "io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "org.onewindow.central.CentralServer");

    /** The case is saved at ten in the morning, hall time, of Friday 20 November 2026. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private SaveOneCase() {
    }

    public static void main(String[] args) {
        DataDirectory data = DataDirectory.of(Path.of(args[0]));
        TestClock clock = TestClock.morningOf(DAY);
        CaseState saved;
        try (Workstation window = Workstation.openDemo(data, clock)) {
            saved = window.takeApplication().take(StoreFixture.CLERK,
                    StoreFixture.completeIntake(StoreFixture.person("张三丰", "11010519491231002X")), DecisionKind.ACCEPT);
        }
        try (Workstation window = Workstation.openDemo(data, clock)) {
            CaseRow row = window.cases().byCaseNumber(saved.caseNumber()).orElseThrow(() -> new IllegalStateException(
                    "case " + saved.caseNumber() + " not found when the window's data was opened again"));
            System.out.println("SAVED " + row.caseNumber());
        }
        for (String name : SERVER_CLASSES) {
            try {
                Class.forName(name, false, SaveOneCase.class.getClassLoader());
                System.out.println("PRESENT " + name);
            } catch (ClassNotFoundException expected) {
                System.out.println("ABSENT " + name);
            }
        }
    }
}
