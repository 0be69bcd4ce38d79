package app.retention.ui.campaigns;

import app.retention.campaign.CampaignReadout;
import app.retention.data.SampleCampaignOutcomes;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import app.retention.domain.ExportKind;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.StatusBarViewModel;
import app.retention.ui.exports.ExportsViewModel;
import app.retention.ui.segments.SegmentExportViewModel;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.segments.SegmentsViewModel;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The campaign loop through the screens' view models, on the sample data with a real J48 model: a call list
 * exported from the Segments screen launches a campaign, the Exports screen names it, the Campaigns screen lists it
 * as running, refuses a bad outcomes file storing nothing, imports the simulated outcomes, reads the campaign out
 * with the numbers of the file and exports the readout as PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignsViewModelTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private BackgroundTasks tasks;
    private StatusBarViewModel statusBar;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private CampaignsViewModel model;
    private final List<String> notices = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private Path calls;

    @BeforeAll
    void launchACampaignFromTheSegmentsScreen() throws Exception {
        long modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        tasks = new BackgroundTasks(new SynchronousTaskRunner());
        statusBar = new StatusBarViewModel(tasks);
        services = new Workbench(workspace, 2);
        SegmentsViewModel segments = new SegmentsViewModel(services, tasks, statusBar, dialogs);
        segments.refresh();
        segments.chooseModel(modelId);
        segments.score();
        segments.tickBands(List.of("High", "Medium"));
        segments.saving().nameProperty().set("at risk");
        segments.save();
        segments.campaign().capacityProperty().set(400);
        SegmentExportViewModel export = segments.export();
        export.launch().onOpenCampaign(opened::add);
        calls = dir.resolve("calls.csv");
        export.destination().fileProperty().set(calls.toString());
        export.kindProperty().set(ExportKind.CALL_LIST);
        export.launch().launchProperty().set(true);
        export.launch().nameProperty().set("Winback");
        assertThat(export.launch().channelProperty().get()).isEqualTo("call");
        export.launch().offerProperty().set("20% off the next order");
        export.launch().startProperty().set(java.time.LocalDate.of(2026, 11, 29)); // running from then on
        export.goalProperty().set("Keep the at-risk customers of November");
        export.export();
        assertThat(statusBar.lastErrorProperty().get()).isEmpty();
        assertThat(export.launch().launchedProperty().get()).isEqualTo("Winback");
        // what the screen said the campaign is, is what is stored
        CampaignRecord launched = services.campaigns().require("Winback");
        assertThat(launched.channel()).isEqualTo("call");
        assertThat(launched.offer()).isEqualTo("20% off the next order");
        assertThat(launched.startDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 29));
        assertThat(launched.goal()).isEqualTo("Keep the at-risk customers of November");
        assertThat(export.resultTextProperty().get()).contains("Launched campaign Winback: 400 to contact");
        export.launch().openLaunched();
        assertThat(opened).containsExactly("Winback");
        model = new CampaignsViewModel(services.campaigns(), services.uplift(), tasks, statusBar, notices::add, dialogs);
        model.refresh();
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    @Test
    @Order(1)
    void theLaunchedCampaignIsListedRunningWithTheCallListAsItsContactedGroup() throws Exception {
        assertThat(model.campaigns()).hasSize(1);
        CampaignRow row = model.campaigns().get(0);
        assertThat(row.name()).isEqualTo("Winback");
        assertThat(row.status()).isEqualTo("running");
        assertThat(row.segment()).isEqualTo("at risk");
        assertThat(row.customers(CampaignArm.TREATED)).isEqualTo(400);
        assertThat(row.customers(CampaignArm.CONTROL)).isPositive();
        assertThat(row.armSizes()).startsWith("400 contacted · ");
        assertThat(model.selectedProperty().get()).isEqualTo(row);
        assertThat(model.readoutProperty().get()).isNull();
        assertThat(model.stateProperty().get()).startsWith("Running since ").contains("Import outcomes…");
        List<String> called = new ArrayList<>();
        String text = Files.readString(calls).replace("\uFEFF", "");
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            csv.stream().skip(1).forEach(r -> called.add(r.getField(1)));
        }
        CampaignRecord stored = services.campaigns().require("Winback");
        assertThat(services.campaigns().members(stored).stream().filter(m -> m.arm() == CampaignArm.TREATED)
                .map(m -> m.key()).sorted().toList()).isEqualTo(called.stream().sorted().toList());
    }

    @Test
    @Order(2)
    void theExportsScreenNamesTheCampaignTheCallListLaunched() {
        List<String> shown = new ArrayList<>();
        ExportsViewModel exports = new ExportsViewModel(services.exportLog(), services.campaigns(), tasks, statusBar,
                shown::add);
        exports.refresh();
        assertThat(exports.shown()).hasSize(1);
        assertThat(exports.shown().get(0).campaign()).isEqualTo("Winback");
        exports.selectedProperty().set(exports.shown().get(0));
        assertThat(exports.detailsProperty().get().get(0).value()).startsWith("Winback");
    }

    @Test
    @Order(3)
    void anOutcomesFileWithAMissingIdColumnIsRefusedSayingWhereAndNothingIsStored() throws Exception {
        Path bad = Files.writeString(dir.resolve("no-ids.csv"), "who,churned\nA1,Yes\n");
        dialogs.choose(bad);
        model.importOutcomes();

        assertThat(model.importErrorProperty().get()).isEqualTo("Nothing was stored from no-ids.csv. The outcomes "
                + "have no customer id column (customer_id, id, …). Columns: who, churned. Name that column "
                + "customer_id in the file.");
        assertThat(statusBar.lastErrorProperty().get()).isNotEmpty();
        assertThat(services.campaigns().require("Winback").status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(model.readoutProperty().get()).isNull();
    }

    @Test
    @Order(4)
    void anOutcomesFileWithACustomerTwiceIsRefusedNamingThemAndNothingIsStored() throws Exception {
        CampaignRecord c = services.campaigns().require("Winback");
        String key = services.campaigns().members(c).get(0).key();
        Path twice = Files.writeString(dir.resolve("twice.csv"), "customer_id,churned\n" + key + ",Yes\n" + key
                + ",No\n");
        dialogs.choose(twice);
        model.importOutcomes();

        assertThat(model.importErrorProperty().get()).startsWith("Nothing was stored from twice.csv. ")
                .contains(key).contains("more than one outcome");
        assertThat(services.campaigns().require("Winback").status()).isEqualTo(CampaignStatus.RUNNING);
    }

    @Test
    @Order(5)
    void importedOutcomesAreReadOutWithTheNumbersOfTheFile() throws Exception {
        CampaignRecord c = services.campaigns().require("Winback");
        Path outcomes = dir.resolve("outcomes.csv");
        SampleCampaignOutcomes.write(services.datasets(), c, services.campaigns().members(c), outcomes, 7);
        dialogs.choose(outcomes);
        model.importOutcomes();

        assertThat(model.importErrorProperty().get()).isEmpty();
        assertThat(notices).anyMatch(n -> n.startsWith("Stored the outcomes of " + String.format("%,d",
                services.campaigns().members(c).size()) + " customers of Winback from outcomes.csv"));
        CampaignReadout r = model.readoutProperty().get();
        assertThat(r).isNotNull();
        long treated = 0;
        long treatedChurned = 0;
        long control = 0;
        long controlChurned = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(outcomes)) {
            for (CsvRecord row : csv.stream().skip(1).toList()) {
                boolean churned = row.getField(1).equals("Yes");
                if (row.getField(3).isEmpty()) {
                    control++;
                    controlChurned += churned ? 1 : 0;
                } else {
                    treated++;
                    treatedChurned += churned ? 1 : 0;
                }
            }
        }
        double uplift = (double) controlChurned / control - (double) treatedChurned / treated;
        assertThat(r.intentionToTreat().uplift()).isCloseTo(uplift, within(1e-12));
        assertThat(model.campaigns().get(0).status()).isEqualTo("read out");
        assertThat(model.stateProperty().get()).isEmpty();

        ReadoutSheet.Table arms = ReadoutSheet.arms(r);
        assertThat(arms.row("Contacted").cells().get(0)).isEqualTo("400");
        assertThat(arms.row("Contacted").cells().get(3))
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * treatedChurned / treated));
        assertThat(arms.row("Control group (not contacted)").cells().get(4)).matches("\\d+\\.\\d% to \\d+\\.\\d%");
        ReadoutSheet.Table effect = ReadoutSheet.effect(r);
        assertThat(effect.row("Churn drop (control − contacted)").cells().get(0))
                .startsWith(String.format(java.util.Locale.ROOT, "%+.1f points (", uplift * 100));
        assertThat(effect.row("Return on cost (ROI)").cells().get(0)).contains(" to ");
        assertThat(effect.note()).contains("intention-to-treat");
        assertThat(ReadoutSheet.checks(r).row("Control group share as planned").cells().get(0)).startsWith("Yes");
        assertThat(CampaignCharts.of(CampaignCharts.Kind.ARMS, r).getXYPlot().getDataset().getItemCount(0))
                .isEqualTo(2);
        assertThat(CampaignCharts.of(CampaignCharts.Kind.QINI, r).getXYPlot().getDataset().getItemCount(0))
                .isEqualTo(r.qini().points().size());
    }

    @Test
    @Order(6)
    void theReadoutIsExportedAsAPdfAManagerCanRead() throws Exception {
        Path pdf = dir.resolve("winback-readout.pdf");
        dialogs.choose(pdf);
        model.exportReadout(true);

        assertThat(dialogs.lastFileRequest().fileName()).isEqualTo("winback-readout.pdf");
        assertThat(notices).contains("Wrote the readout of Winback to " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Campaign readout: Winback", "What we did");
        }
    }

    @Test
    @Order(7)
    void aReadoutChartIsSavedAsSvg() throws Exception {
        Path svg = dir.resolve("qini.svg");
        dialogs.choose(svg);
        model.saveChart(CampaignCharts.Kind.QINI, true);

        String text = Files.readString(svg);
        assertThat(text.startsWith("<!DOCTYPE svg")).as("an SVG document").isTrue();
        assertThat(text.contains(">" + CampaignCharts.QINI_SERIES + "<")).as("the curve's legend").isTrue();
    }

    @Test
    @Order(8)
    void aLaterSnapshotInTheWorkspaceIsTakenAsOutcomesWithTheColumnsChosenOnScreen() throws Exception {
        Path december = dir.resolve("mcommerce_2026_11_outcomes.csv");
        new app.retention.data.sample.MobileCommerceGenerator(app.retention.data.sample.MobileCommerceGenerator
                .DEFAULT_SEED).writeCurrentOutcomes(december, 20_000);
        services.imports().importFile(december, app.retention.data.ImportOptions.defaults(),
                app.retention.task.TaskContext.silent());
        OutcomeSourceViewModel sources = new OutcomeSourceViewModel(services.campaigns(), services.datasets(), tasks,
                statusBar, dialogs);
        sources.refresh();
        assertThat(sources.datasetChoices()).extracting(d -> d.name()).startsWith("mcommerce_2026_11_outcomes")
                .doesNotContain("mcommerce_2026_11"); // November itself does not say who churned
        sources.fromDatasetProperty().set(true);
        assertThat(sources.columns()).contains(OutcomeSourceViewModel.BY_NAME, "customer_id", "churned_30d");
        sources.churnColumnProperty().set("churned_30d");
        OutcomeSourceViewModel.Source source = sources.source();
        assertThat(source).isInstanceOf(OutcomeSourceViewModel.FromDataset.class);
        assertThat(((OutcomeSourceViewModel.FromDataset) source).columns().churn()).isEqualTo("churned_30d");
        assertThat(((OutcomeSourceViewModel.FromDataset) source).columns().id()).isNull(); // found by its name

        model.importChosenOutcomes(source);
        assertThat(model.importErrorProperty().get()).isEmpty();
        CampaignRecord c = services.campaigns().require("Winback");
        assertThat(notices).anyMatch(n -> n.startsWith("Stored the outcomes of " + String.format("%,d",
                services.campaigns().members(c).size()) + " customers of Winback from dataset "
                + "mcommerce_2026_11_outcomes@1 (replacing the earlier ones)."));

        // a file's columns are read when it is chosen; a column no longer offered goes back to "found by its name"
        sources.fromDatasetProperty().set(false);
        Path file = dir.resolve("named.csv");
        Files.writeString(file, "who,left\nMC-000001,No\n");
        sources.fileProperty().set(file.toString());
        assertThat(sources.columns()).containsExactly(OutcomeSourceViewModel.BY_NAME, "who", "left");
        assertThat(sources.churnColumnProperty().get()).isEqualTo(OutcomeSourceViewModel.BY_NAME);
        sources.fileProperty().set(dir.resolve("no-such-file.csv").toString());
        assertThat(sources.problemProperty().get()).contains("no-such-file.csv");
    }
}
