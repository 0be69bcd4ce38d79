package app.retention.ui.segments;

import app.retention.domain.ExportKind;
import app.retention.segment.ColumnFilter;
import app.retention.segment.SegmentListing;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.StatusBarViewModel;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saved segments of the Segments screen (finding M6), on a real workspace with a trained model: listed after
 * a save and after a restart, opened for the Campaign and Export tabs, chosen on the Export tab, and deleted.
 */
class SavedSegmentsViewModelTest {

    @TempDir
    Path dir;
    private long modelId;
    private Workspace workspace;
    private Workbench services;
    private StatusBarViewModel statusBar;
    private SegmentsViewModel model;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void prepare() throws Exception {
        modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        model = openScreen();
        model.refresh();
        model.chooseModel(modelId);
        model.score();
    }

    /** The screen as the app builds it on a (re)opened workspace; tasks run on the calling thread. */
    private SegmentsViewModel openScreen() {
        workspace = Workspace.open(dir.resolve("ws"));
        BackgroundTasks tasks = new BackgroundTasks(new SynchronousTaskRunner());
        statusBar = new StatusBarViewModel(tasks);
        services = new Workbench(workspace, 2);
        return new SegmentsViewModel(services, tasks, statusBar, dialogs);
    }

    private void closeScreen() {
        services.close();
        workspace.close();
    }

    @AfterEach
    void close() {
        closeScreen();
    }

    private int saveBands(String name, String... bands) {
        model.tickBands(List.of(bands));
        model.saving().nameProperty().set(name);
        model.save();
        assertThat(statusBar.lastErrorProperty().get()).isEmpty();
        return model.counts().selectedProperty().get().size();
    }

    private static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    @Test
    void aSavedSegmentIsListedWithItsSizeModelAndDataset() {
        int size = saveBands("high risk", "High");

        List<SegmentListing> listed = model.savedSegments().segments();
        assertThat(listed).extracting(SegmentListing::name).containsExactly("high risk");
        assertThat(listed.get(0).customers()).isEqualTo(size);
        assertThat(listed.get(0).modelId()).isEqualTo(modelId);
        assertThat(listed.get(0).dataset()).isEqualTo(model.scoredProperty().get().run().datasetReference());
        assertThat(listed.get(0).savedAt()).isNotNull();
    }

    @Test
    void theListIsNewestFirstAndSurvivesARestart() {
        saveBands("high risk", "High");
        saveBands("medium risk", "Medium");
        closeScreen();

        model = openScreen();
        model.refresh();

        assertThat(model.savedSegments().segments()).extracting(SegmentListing::name)
                .containsExactly("medium risk", "high risk");
        assertThat(model.export().segmentProperty().get()).isNull();
    }

    @Test
    void openingASavedSegmentHandsItToTheCampaignAndExportTabs() {
        int size = saveBands("high risk", "High");
        closeScreen();
        model = openScreen();
        model.refresh();

        model.savedSegments().open(model.savedSegments().find("high risk").orElseThrow());

        assertThat(model.export().segmentProperty().get().definition().name()).isEqualTo("high risk");
        assertThat(model.export().segmentProperty().get().customers()).hasSize(size);
        assertThat(model.export().choiceProperty().get().name()).isEqualTo("high risk");
        assertThat(model.campaign().outcomeTextProperty().get()).doesNotContain("No customers");
    }

    @Test
    void openingASavedSegmentPutsItsBandsFiltersCutOffsAndControlShareBackIntoTheBuilder() {
        model.cutoffs().highProperty().set("0.6");
        model.cutoffs().mediumProperty().set("0.3");
        model.cutoffs().applyTyped();
        model.tickBands(List.of("High", "Medium"));
        String column = model.filtering().categoryFilters().get(0).columns().get(0);
        model.filtering().categoryFilters().get(0).columnProperty().set(column);
        String value = model.filtering().categoryFilters().get(0).values().get(0).value();
        model.filtering().categoryFilters().get(0).tick(column, List.of(value));
        model.filtering().probabilityRange().fromProperty().set("0.35");
        model.controlShareProperty().set(0.2);
        List<ColumnFilter> saved = model.filters();
        int size = saveBands("cut by hand", "High", "Medium");
        closeScreen();
        model = openScreen();
        model.refresh();
        assertThat(model.filters()).isNotEqualTo(saved);

        model.savedSegments().open(model.savedSegments().find("cut by hand").orElseThrow());

        assertThat(model.filters()).isEqualTo(saved);
        assertThat(model.scoredProperty().get().bands().cutoffs()).containsExactly(0.6, 0.3);
        assertThat(model.controlShareProperty().get()).isEqualTo(0.2);
        assertThat(model.counts().selectedProperty().get()).hasSize(size);
        assertThat(model.saving().savedTextProperty().get()).startsWith("Opened 'cut by hand' · " + count(size) + " customers");
        assertThat(model.export().unsavedChangesProperty().get()).isFalse();
        assertThat(workspace.scores().runs()).hasSize(1); // the segment's scoring reused, not scored again
    }

    @Test
    void choosingAnEarlierSegmentOnTheExportTabExportsThatSegment() {
        int highSize = saveBands("high risk", "High");
        saveBands("medium risk", "Medium");
        assertThat(model.export().choiceProperty().get().name()).isEqualTo("medium risk");

        model.export().choiceProperty().set(model.savedSegments().find("high risk").orElseThrow());
        model.export().kindProperty().set(ExportKind.SEGMENT_LIST);
        model.export().destination().fileProperty().set(dir.resolve("high.csv").toString());
        model.export().export();

        assertThat(model.export().segmentProperty().get().definition().name()).isEqualTo("high risk");
        assertThat(model.export().resultProperty().get().rows()).isEqualTo(highSize);
    }

    @Test
    void changingTheBuilderAfterASaveSaysItIsNotSaved() {
        saveBands("high risk", "High");
        assertThat(model.export().unsavedChangesProperty().get()).isFalse();

        model.tickBands(List.of("High", "Medium"));

        assertThat(model.export().unsavedChangesProperty().get()).isTrue();
        assertThat(model.export().choiceProperty().get().name()).isEqualTo("high risk");
    }

    @Test
    void exportingWithNothingChosenAndUnsavedChangesSaysSaveTheSegmentFirst() {
        model.tickBands(List.of("High"));

        model.export().export();

        assertThat(statusBar.lastErrorProperty().get()).contains("Save the segment first");
    }

    @Test
    void deletingAsksFirstNamingTheSegmentAndItsCustomerCountAndANoKeepsIt() {
        int size = saveBands("high risk", "High");
        dialogs.confirm(false);

        model.savedSegments().delete(model.savedSegments().find("high risk").orElseThrow());

        Dialogs.Confirmation question = (Dialogs.Confirmation) dialogs.asked().get(0);
        assertThat(question.question()).contains("'high risk'");
        assertThat(question.details()).contains(count(size) + " customers");
        assertThat(question.action()).isEqualTo("Delete");
        assertThat(services.segments().exists("high risk")).isTrue();
    }

    @Test
    void deletingASegmentTakesItOffTheListAndOffTheExportTab() {
        saveBands("high risk", "High");
        dialogs.confirm(true);

        model.savedSegments().delete(model.savedSegments().find("high risk").orElseThrow());

        assertThat(model.savedSegments().segments()).isEmpty();
        assertThat(model.export().segmentProperty().get()).isNull();
        assertThat(model.export().choiceProperty().get()).isNull();
        assertThat(services.segments().exists("high risk")).isFalse();
    }

    @Test
    void aRenamedSegmentIsListedUnderItsNewNameChosenAndOffTheExportTabUnderItsOldOne() {
        int size = saveBands("high risk", "High");

        model.savedSegments().selectedProperty().set(model.savedSegments().find("high risk").orElseThrow());
        dialogs.type(" top risk ");

        model.savedSegments().renameChosen();

        Dialogs.TextRequest asked = (Dialogs.TextRequest) dialogs.asked().get(0);
        assertThat(asked.proposed()).isEqualTo("high risk");

        assertThat(model.savedSegments().segments()).extracting(SegmentListing::name).containsExactly("top risk");
        assertThat(model.savedSegments().selectedProperty().get().name()).isEqualTo("top risk");
        assertThat(model.savedSegments().selectedProperty().get().customers()).isEqualTo(size);
        assertThat(model.noticeProperty().get()).isEqualTo("Renamed segment high risk to top risk.");
        assertThat(services.segments().exists("high risk")).isFalse();
    }

    @Test
    void aCopyKeepsTheCustomersAndATakenNameIsRefusedWithTheListUnchanged() {
        int size = saveBands("high risk", "High");
        SegmentListing original = model.savedSegments().find("high risk").orElseThrow();

        model.savedSegments().selectedProperty().set(original);
        dialogs.type(null); // cancelled: nothing happens
        model.savedSegments().copyChosen();
        assertThat(model.savedSegments().segments()).hasSize(1);
        dialogs.type("high risk, SMS");

        model.savedSegments().copyChosen();

        assertThat(((Dialogs.TextRequest) dialogs.asked().get(1)).proposed()).isEqualTo("high risk (copy)");

        assertThat(model.savedSegments().segments()).extracting(SegmentListing::name)
                .containsExactlyInAnyOrder("high risk", "high risk, SMS");
        assertThat(model.savedSegments().selectedProperty().get().name()).isEqualTo("high risk, SMS");
        assertThat(model.noticeProperty().get()).contains("the same " + count(size) + " customers");

        model.savedSegments().rename(original, "high risk, SMS");

        assertThat(statusBar.lastErrorProperty().get()).contains("exists already");
        assertThat(model.savedSegments().segments()).hasSize(2);
    }
}
