package org.onewindow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callConstructor;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.central.cli.CentralLauncher;
import org.onewindow.cli.Launcher;
import org.onewindow.cli.ServerLeak;
import org.onewindow.ui.OneWindowApp;

/**
 * The layers of DESIGN.md. Every rule here names what is allowed, so a renamed or new package fails loudly
 * instead of passing unchecked: no optional layers, no empty rules, no cycles between packages.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onewindow");
    }

    /**
     * The domain uses the Java library's values and collections and two kept libraries that are domain facts
     * themselves: the lunar calendar and solar terms (cn.6tail lunar, for the law's holidays) and pinyin
     * (pinyin4j, for finding items as a clerk types them). Nothing else: no I/O beyond reading its own bundled
     * resources, no JDBC, no JavaFX, no HTTP, no wire format.
     */
    @Test
    void domainUsesOnlyWhatItIsAllowed() {
        classes().that().resideInAPackage("org.onewindow.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.onewindow.domain..",
                        "java.lang..", "java.util..", "java.time..", "java.math..", "java.text..",
                        "java.io..", "java.nio.charset..",
                        "com.nlf.calendar..",
                        "net.sourceforge.pinyin4j..")
                .because("the domain is pure Java: the rules of the hall, testable and shared by windows and centre")
                .check(classes);
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.onewindow.cli..")
                .layer("central cli").definedBy("org.onewindow.central.cli..")
                .layer("ui").definedBy("org.onewindow.ui..")
                .layer("app").definedBy("org.onewindow.app..")
                .layer("store").definedBy("org.onewindow.store..")
                .layer("print").definedBy("org.onewindow.print..")
                .layer("sync").definedBy("org.onewindow.sync..")
                .layer("central").definedBy(resideInAPackage("org.onewindow.central..")
                        .and(not(resideInAPackage("org.onewindow.central.cli.."))))
                .layer("codec").definedBy("org.onewindow.codec..")
                .layer("domain").definedBy("org.onewindow.domain..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("central cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("app").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("central").mayOnlyBeAccessedByLayers("central cli")
                .whereLayer("sync").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("print").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "sync", "cli", "central cli")
                .whereLayer("codec").mayOnlyBeAccessedByLayers("app", "store", "sync", "central", "print", "ui", "cli",
                        "central cli")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "codec", "store", "print", "sync", "central", "ui",
                        "cli", "central cli")
                .check(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("org.onewindow.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * Screens ask the use cases (the application layer); they read the records and enums those hand back,
     * but never call the store, the printers or the sync service themselves.
     */
    @Test
    void theScreensCallUseCasesNeverTheStoreThePrintersOrTheSyncLoop() {
        DescribedPredicate<JavaClass> valueTypes = new DescribedPredicate<>("records or enums") {
            @Override
            public boolean test(JavaClass type) {
                return type.isRecord() || type.isEnum();
            }
        };
        noClasses().that().resideInAPackage("org.onewindow.ui..")
                .should().dependOnClassesThat(resideInAnyPackage("org.onewindow.store..", "org.onewindow.print..",
                        "org.onewindow.sync..").and(not(valueTypes)))
                .because("view-models call use cases; the use cases own the transactions and the order of the rules")
                .check(classes);
    }

    @Test
    void theWindowUsesNoneOfTheCentralStoresLibraries() {
        windowStaysOffTheServer().check(classes);
    }

    @Test
    void theServerRuleRefusesAWindowClassThatUsesTheServer() {
        JavaClasses leak = new ClassFileImporter().importClasses(ServerLeak.class);

        assertThatThrownBy(() -> windowStaysOffTheServer().check(leak)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.javalin.Javalin").hasMessageContaining("org.postgresql.Driver")
                .hasMessageContaining("org.onewindow.central.CentralOptions");
    }

    /**
     * The window's packages use none of the central store's libraries, nor its code: the window's distribution
     * ships without them (decision record 0015), so such a use would fail only at the counter.
     */
    private static ArchRule windowStaysOffTheServer() {
        return noClasses().that().resideInAnyPackage("org.onewindow.domain..", "org.onewindow.codec..",
                        "org.onewindow.store..", "org.onewindow.print..", "org.onewindow.sync..", "org.onewindow.app..",
                        "org.onewindow.ui..", "org.onewindow.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "jakarta.servlet..", "kotlin..", "org.postgresql..", "com.zaxxer..", "io.zonky..",
                        "org.flywaydb..", "org.onewindow.central..")
                .because("the window's distribution ships without the central store (decision record 0015)");
    }

    @Test
    void onlyTheUiAndTheLauncherTouchJavaFx() {
        noClasses().that().resideInAnyPackage("org.onewindow.app..", "org.onewindow.store..", "org.onewindow.sync..",
                        "org.onewindow.central..", "org.onewindow.codec..", "org.onewindow.print..",
                        "org.onewindow.domain..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view-models expose properties and are tested without the toolkit")
                .check(classes);
    }

    /**
     * Time is read through the one clock the composition roots make, so tests run on fixed clocks and pass
     * whatever today's date is.
     */
    @Test
    void onlyTheCompositionRootsReadTheSystemClock() {
        noClasses().that(not(belongToAnyOf(OneWindowApp.class, Launcher.class, CentralLauncher.class)))
                .should(callMethod(LocalDate.class, "now"))
                .orShould(callMethod(LocalDateTime.class, "now"))
                .orShould(callMethod(LocalTime.class, "now"))
                .orShould(callMethod(ZonedDateTime.class, "now"))
                .orShould(callMethod(OffsetDateTime.class, "now"))
                .orShould(callMethod(Instant.class, "now"))
                .orShould(callMethod(System.class, "currentTimeMillis"))
                .orShould(callMethod(Clock.class, "systemUTC"))
                .orShould(callMethod(Clock.class, "systemDefaultZone"))
                .orShould(callMethod(Clock.class, "system", ZoneId.class))
                .orShould(callConstructor(Date.class))
                .because("production code reads the time only through the injected Clock")
                .check(classes);
    }
}
