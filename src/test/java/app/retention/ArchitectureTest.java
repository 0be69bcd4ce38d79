package app.retention;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of ARCHITECTURE.md and ADR 0010: a wrong import fails the build, not a review. One layered
 * rule says who may call whom; the rules after it say what each package may touch beyond that.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.retention");
    }

    @Test
    void layersAreCalledOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("app.retention")
                .layer("Front ends").definedBy("app.retention.cli..", "app.retention.ui..")
                .layer("Use cases").definedBy("app.retention.usecase..")
                .layer("Services").definedBy("app.retention.data..", "app.retention.explore..",
                        "app.retention.model..", "app.retention.segment..", "app.retention.export..",
                        "app.retention.campaign..")
                .layer("Store").definedBy("app.retention.store..")
                .layer("Foundations").definedBy("app.retention.evaluate..", "app.retention.task..",
                        "app.retention.text..", "app.retention.error..")
                .layer("Vocabulary").definedBy("app.retention.domain..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Front ends").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Use cases").mayOnlyBeAccessedByLayers("Front ends")
                // the launcher installs the process-wide deserialisation filter (model) before anything else runs
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Services", "Use cases", "Front ends", "Launcher")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Services", "Use cases", "Front ends")
                .whereLayer("Foundations").mayOnlyBeAccessedByLayers("Foundations", "Store", "Services", "Use cases",
                        "Front ends", "Launcher")
                .because("the data flow of ARCHITECTURE.md runs one way: front ends call use cases and services, "
                        + "services call the store, and every layer speaks the vocabulary below it")
                .check(classes);
    }

    @Test
    void theVocabularyUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("app.retention.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "app.retention.domain..")
                .because("the domain's words (datasets, columns, roles, scorings) are plain values every layer may "
                        + "hold without pulling in a database, a learner or a screen")
                .check(classes);
    }

    @Test
    void viewModelsTakeServicesNotTheStore() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("app.retention.store..")
                .because("a screen must compute what the CLI computes: it calls the same services (issue 11), "
                        + "never a repository or the workspace handle")
                .check(classes);
    }

    @Test
    void viewModelsAskTheUserThroughDialogs() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a view model holds state and commands without a window: it asks for a file or a yes "
                        + "through ui.common.Dialogs, which tests answer (issue 11)")
                .check(classes);
        noClasses().that().doNotHaveSimpleName("FxDialogs")
                .should().dependOnClassesThat().haveNameMatching("javafx\\.stage\\.(FileChooser|DirectoryChooser)(\\$.*)?")
                .because("which file to propose and what to do with it are decisions of the view models; only the "
                        + "app's Dialogs shows the system's choosers")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("app.retention.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the CLI and the services run without a display")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("app.retention.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .because("SQL and the database's behaviour (crash recovery, migrations) stay in one package")
                .check(classes);
    }

    @Test
    void onlyModelAndDataUseWeka() {
        noClasses().that().resideOutsideOfPackages("app.retention.model..", "app.retention.data..")
                .should().dependOnClassesThat().resideInAPackage("weka..")
                .because("learners and their data conversion are the only places that know Weka's types")
                .check(classes);
    }

    @Test
    void theCliNeverUsesTheUiAndTheUiNeverUsesTheCli() {
        noClasses().that().resideInAPackage("app.retention.cli..")
                .should().dependOnClassesThat().resideInAPackage("app.retention.ui..")
                .because("the CLI runs headless and must not load a screen class")
                .check(classes);
        noClasses().that().resideInAPackage("app.retention.ui..")
                .should().dependOnClassesThat().resideInAPackage("app.retention.cli..")
                .because("what both front ends share belongs in the use-case layer, not in one of them")
                .check(classes);
    }

    @Test
    void theTaskPackageUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("app.retention.task..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "app.retention.task..")
                .because("progress and cancellation are used by every service and must not pull any of them in")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("app.retention.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one, and neither can be understood or tested alone")
                .check(classes);
    }

    @Test
    void evaluateIsPureMath() {
        noClasses().that().resideInAPackage("app.retention.evaluate..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "app.retention.evaluate..")
                .because("metrics are checked against golden values and Weka's own; they must not depend on "
                        + "anything that could change them")
                .check(classes);
    }

    @Test
    void exploreNeverUsesWeka() {
        noClasses().that().resideInAPackage("app.retention.explore..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.model..", "weka..")
                .because("profiles and drivers are read from the store's tallies, not from a learner")
                .check(classes);
    }

    @Test
    void segmentNeverUsesImportModelsExploreOrExports() {
        noClasses().that().resideInAPackage("app.retention.segment..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.data..", "app.retention.model..",
                        "app.retention.explore..", "app.retention.export..")
                .because("a segment works on scored customers, whatever model or file produced them (ADR 0010)")
                .check(classes);
    }

    @Test
    void exportNeverUsesImportModelsOrExplore() {
        noClasses().that().resideInAPackage("app.retention.export..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.data..", "app.retention.model..",
                        "app.retention.explore..")
                .because("an export writes a saved segment as it is; it never re-scores or re-reads a file")
                .check(classes);
    }

    @Test
    void theUseCaseLayerStaysFreeOfJavaFxWekaAndJdbc() {
        noClasses().that().resideInAPackage("app.retention.usecase..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "weka..", "java.sql..")
                .because("use cases are the steps both front ends call; they compose services and hold no "
                        + "technology of their own")
                .check(classes);
    }

    @Test
    void campaignsNeverUseModelsExploreOrExports() {
        noClasses().that().resideInAPackage("app.retention.campaign..")
                .should().dependOnClassesThat().resideInAnyPackage("app.retention.model..", "app.retention.explore..",
                        "app.retention.export..", "javafx..", "weka..", "java.sql..")
                .because("a campaign reads the arms and outcomes it stored; it never re-scores, and its statistics "
                        + "are the evaluate package's (ADR 0015)")
                .check(classes);
    }

    @Test
    void segmentAndExportStayFreeOfJavaFxWekaAndJdbc() {
        noClasses().that().resideInAnyPackage("app.retention.segment..", "app.retention.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "weka..", "java.sql..")
                .because("ADR 0003: the segment and export core takes plain values and is testable without them")
                .check(classes);
    }
}
