package app.retention.ui.campaigns;

import app.retention.data.SampleCampaignOutcomes;
import app.retention.domain.CampaignRecord;
import app.retention.store.Workspace;
import app.retention.task.PooledTaskRunner;
import app.retention.ui.Screen;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.exports.ExportsViewModel;
import app.retention.ui.segments.SegmentExportViewModel;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.segments.SegmentsView;
import app.retention.ui.testing.FxRead;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign loop on screen with the default choices: a call list exported from a saved segment with "Launch as a
 * campaign" ticked creates the campaign; weeks later (the app closed and opened again) the outcomes are imported on
 * the Campaigns screen, the readout shows each group's churn with its interval, and the readout is exported as PDF.
 */
@Tag("slow") // trains a model for the sample workspace once per run, then scores, exports and reads out: ~1 min
class CampaignsScreenGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private void open(Path ws) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(ws, new PooledTaskRunner(2, Platform::runLater),
                dialogs));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    @AfterEach
    void stop() throws Exception {
        close();
    }

    private WorkbenchApp workbench() {
        return (WorkbenchApp) app;
    }

    @Test
    void aCallListLaunchesACampaignWhoseOutcomesAreReadOutAndExportedAsPdf() throws Exception {
        Path ws = dir.resolve("ws");
        SegmentsTestData.sampleWithModelAt(ws);
        open(ws);

        // Segments: score, keep the High band, save, and export the call list as a campaign
        robot.clickOn("Segments");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scoreButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".band-high").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".band-high").queryAs(CheckBox.class));
        robot.interact(() -> robot.lookup(".builder-scroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nameField").write("high risk");
        robot.clickOn("#saveButton");
        SegmentExportViewModel export = workbench().view().segmentsView().model().export();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> export.segmentProperty().get() != null);
        robot.interact(() -> workbench().view().segmentsView().model().campaign().capacityProperty().set(200));
        robot.interact(() -> workbench().view().segmentsView().showTab(SegmentsView.EXPORT_TAB));
        WaitForAsyncUtils.waitForFxEvents();
        String proposedName = "high risk " + LocalDate.now();
        assertThat(robot.lookup("#campaignNameField").queryAs(TextField.class).getText()).isEqualTo(proposedName);
        robot.clickOn("#launchCheck");
        dialogs.acceptProposed();
        robot.clickOn("#browseButton");
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxRead.of(() -> export.launch().launchedProperty().get())
                .equals(proposedName));
        assertThat(FxRead.of(() -> export.resultTextProperty().get()))
                .contains("Launched campaign " + proposedName + ": 200 to contact");

        // Open campaign: the Campaigns screen, the campaign running, waiting for its outcomes
        robot.clickOn("#openCampaignButton");
        CampaignsViewModel campaigns = workbench().model().campaigns();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxRead.of(() -> campaigns.selectedProperty().get()
                != null && campaigns.selectedProperty().get().name().equals(proposedName)));
        assertThat(robot.lookup("#stateLabel").queryAs(Label.class).getText()).startsWith("Running since ")
                .contains("Import outcomes…");

        // the Exports screen names the campaign the call list launched, and opens it
        robot.clickOn("#exportsNav");
        ExportsViewModel exports = workbench().model().exports();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxRead.of(() -> !exports.shown().isEmpty()));
        robot.interact(() -> exports.selectedProperty().set(exports.shown().get(0)));
        assertThat(FxRead.of(() -> exports.shown().get(0).campaign())).isEqualTo(proposedName);
        robot.clickOn("#openCampaignButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxRead.of(() -> workbench().model().screenProperty()
                .get() == Screen.CAMPAIGNS && campaigns.selectedProperty().get() != null
                && campaigns.selectedProperty().get().name().equals(proposedName)));
        close();

        // the outcomes come back weeks later: simulated from the sample's ground truth
        Path outcomes = dir.resolve("outcomes.csv");
        try (Workspace workspace = Workspace.open(ws); Workbench services = new Workbench(workspace, 1)) {
            CampaignRecord c = services.campaigns().require(proposedName);
            SampleCampaignOutcomes.write(services.datasets(), c, services.campaigns().members(c), outcomes, 7);
        }
        open(ws);
        robot.clickOn("#campaignsNav");
        CampaignsViewModel reopened = workbench().model().campaigns();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxRead.of(() -> reopened.selectedProperty().get()
                != null));
        dialogs.choose(outcomes);
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxRead.of(() -> reopened.readoutProperty().get()
                != null));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = FxRead.of(() -> robot.lookup(".campaign-detail .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null).toList());
        assertThat(shown).contains("What we did", "What happened", "How sure we are", "What to do next",
                "Who churned, per group", "95% interval", "Contacted", "Control group (not contacted)",
                "Everyone chosen (intention to treat)", "Only those reached (per protocol)", "Checks");
        String treatedRate = ReadoutSheet.arms(FxRead.of(() -> reopened.readoutProperty().get()))
                .row("Contacted").cells().get(4);
        assertThat(treatedRate).matches("\\d+\\.\\d% to \\d+\\.\\d%");
        assertThat(shown).contains(treatedRate);
        assertThat(FxRead.of(() -> reopened.campaigns().get(0).status())).isEqualTo("read out");

        // Export readout (PDF)…, saved where the chooser proposes
        Path pdf = dir.resolve("readout.pdf");
        dialogs.choose(pdf);
        robot.clickOn("#pdfButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pdf.toFile().length() > 0);
        assertThat(dialogs.lastFileRequest().fileName()).isEqualTo(CampaignsViewModel.fileStem(proposedName)
                + "-readout.pdf");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the atomic move after the first bytes
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Campaign readout: " + proposedName,
                    "What happened");
        }
    }
}
