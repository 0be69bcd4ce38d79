package app.retention;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of ARCHITECTURE.md: a wrong import fails the build, not a review. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.retention");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("app.retention.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void onlyTheStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("app.retention.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void onlyModelAndDataUseWeka() {
        noClasses().that().resideOutsideOfPackages("app.retention.model..", "app.retention.data..")
                .should().dependOnClassesThat().resideInAPackage("weka..").check(classes);
    }

    @Test
    void theCliNeverUsesTheUiAndTheUiNeverUsesTheCli() {
        noClasses().that().resideInAPackage("app.retention.cli..")
                .should().dependOnClassesThat().resideInAPackage("app.retention.ui..").check(classes);
        noClasses().that().resideInAPackage("app.retention.ui..")
                .should().dependOnClassesThat().resideInAPackage("app.retention.cli..").check(classes);
    }

    @Test
    void servicesNeverDependOnFrontEnds() {
        noClasses().that().resideInAnyPackage("app.retention.store..", "app.retention.data..", "app.retention.task..",
                        "app.retention.error..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.ui..", "app.retention.cli..")
                .check(classes);
    }

    @Test
    void theStoreDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("app.retention.store..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.data..", "app.retention.task..")
                .check(classes);
    }

    @Test
    void theTaskPackageUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("app.retention.task..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "app.retention.task..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("app.retention.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void evaluateIsPureMathUsingNothingOfOurs() {
        noClasses().that().resideInAPackage("app.retention.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.store..", "app.retention.data..",
                        "app.retention.explore..", "app.retention.task..", "app.retention.cli..", "app.retention.ui..")
                .check(classes);
    }

    @Test
    void exploreUsesServicesBelowItOnly() {
        noClasses().that().resideInAPackage("app.retention.explore..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.cli..", "app.retention.ui..", "weka..")
                .check(classes);
    }

    @Test
    void segmentUsesOnlyEvaluateTheStoreAndTasks() {
        noClasses().that().resideInAPackage("app.retention.segment..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.data..", "app.retention.model..",
                        "app.retention.explore..", "app.retention.export..",
                        "app.retention.cli..", "app.retention.ui..")
                .check(classes);
    }

    @Test
    void exportUsesOnlySegmentTheStoreEvaluateAndTasks() {
        noClasses().that().resideInAPackage("app.retention.export..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.data..", "app.retention.model..",
                        "app.retention.explore..", "app.retention.cli..", "app.retention.ui..")
                .check(classes);
    }

    @Test
    void onlyTheFrontEndsUseTheUseCaseLayerWhichUsesNeitherOfThem() {
        noClasses().that().resideOutsideOfPackages("app.retention.usecase..", "app.retention.ui..",
                        "app.retention.cli..")
                .should().dependOnClassesThat().resideInAPackage("app.retention.usecase..").check(classes);
        noClasses().that().resideInAPackage("app.retention.usecase..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.ui..", "app.retention.cli..",
                        "javafx..", "weka..", "java.sql..")
                .check(classes);
    }

    @Test
    void segmentAndExportStayFreeOfJavaFxWekaAndJdbc() {
        noClasses().that().resideInAnyPackage("app.retention.segment..", "app.retention.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "weka..", "java.sql..")
                .check(classes);
    }
}
