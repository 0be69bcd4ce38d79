package app.retention.ui.explore;

import app.retention.data.DatasetCatalog;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.explore.DataWarning;
import app.retention.explore.Driver;
import app.retention.explore.ExploreService;
import app.retention.explore.WarningAction;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.testing.QueuedTaskRunner;
import app.retention.ui.testing.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExploreViewModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private final List<Throwable> reported = new ArrayList<>();
    private ExploreViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        model = modelOn(new SynchronousTaskRunner());
    }

    private ExploreViewModel modelOn(TaskRunner runner) {
        return new ExploreViewModel(new ExploreService(workspace), new DatasetCatalog(workspace), new BackgroundTasks(runner),
                reported::add, new ScriptedDialogs());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void openingADatasetShowsItsHeadlineDriversAndTheStrongestDriversChart() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");

        model.follow(List.of(customers), customers);

        assertThat(model.summaryProperty().get()).startsWith("600 customers · 5 columns · target churned = yes");
        assertThat(model.baseRateProperty().get()).matches("\\d+\\.\\d% churned");
        assertThat(model.drivers()).extracting(Driver::column).first().isEqualTo("tenure_months");
        assertThat(model.drivers()).isSortedAccordingTo(Comparator.comparingDouble(Driver::auc).reversed());
        assertThat(model.drivers().get(0).sentence()).contains("tenure months").contains("average rate");
        ColumnViewModel column = model.column();
        assertThat(column.selectedProperty().get().name()).isEqualTo("tenure_months");
        assertThat(column.numericProperty().get()).isTrue();
        assertThat(column.groups()).hasSize(ColumnViewModel.DEFAULT_BINS);
        assertThat(column.groups().stream().mapToLong(g -> g.customers()).sum()).isEqualTo(ExploreTestData.ROWS);
        assertThat(column.sentenceProperty().get()).isEqualTo(model.drivers().get(0).sentence());
        assertThat(column.stats()).extracting(ColumnStats.Stat::label).contains("Median", "Missing", "Maximum");
        assertThat(reported).isEmpty();
    }

    @Test
    void selectingAColumnLoadsItsBreakdownAndChangingBinsRegroupsNumbers() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);

        model.selectColumn("payment");
        assertThat(model.column().numericProperty().get()).isFalse();
        assertThat(model.column().breakdownProperty().get().column()).isEqualTo("payment");
        assertThat(model.column().groups()).extracting(g -> g.label()).contains("Boleto", "CC");

        model.selectColumn("tenure_months");
        model.column().binsProperty().set(4);
        assertThat(model.column().groups()).hasSize(4);
        assertThat(model.column().groupsTsv().lines().findFirst().orElseThrow())
                .isEqualTo("tenure_months\tCustomers\tChurners\tChurn rate\t95% low\t95% high\tvs average");
    }

    @Test
    void anIdentifierColumnExplainsWhyItHasNoChart() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);

        model.selectColumn("customer_id");

        assertThat(model.column().breakdownProperty().get()).isNull();
        assertThat(model.column().messageProperty().get()).contains("identifies customers");
    }

    @Test
    void mergingSpellingsFromAWarningRefreshesWarningsAndGroups() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);
        DataWarning spelling = model.warnings().stream().filter(w -> w.kind().equals("spelling")).findFirst()
                .orElseThrow();
        assertThat(spelling.action().kind()).isEqualTo(WarningAction.Kind.MERGE_CATEGORIES);
        assertThat(spelling.action().label()).isEqualTo("Merge 2 spellings");
        model.selectColumn("payment");

        model.apply(spelling.action());

        assertThat(model.warnings()).noneMatch(w -> w.kind().equals("spelling"));
        assertThat(model.noticeProperty().get()).isEqualTo("Merged 2 spellings in payment.");
        assertThat(model.column().selectedProperty().get().name()).isEqualTo("payment");
        assertThat(model.column().groups()).extracting(g -> g.label()).doesNotContain("CC", "ewallet")
                .contains("Credit Card");
        assertThat(reported).isEmpty();
    }

    @Test
    void ignoringAColumnFromAWarningTakesItOutOfTheDrivers() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);

        model.apply(new WarningAction(WarningAction.Kind.IGNORE_COLUMN, "Ignore support_calls in models",
                "support_calls", java.util.Map.of()));

        assertThat(model.drivers()).extracting(Driver::column).doesNotContain("support_calls");
        assertThat(model.columns()).filteredOn(c -> c.name().equals("support_calls"))
                .extracting(c -> c.role()).containsExactly(ColumnRole.IGNORED);
    }

    @Test
    void clickingACrosstabCellPreviewsItsCustomers() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);
        CrosstabViewModel crosstab = model.crosstab();
        assertThat(crosstab.rowColumnProperty().get()).isEqualTo("tenure_months");
        assertThat(crosstab.columnColumnProperty().get()).isNotEqualTo(CrosstabViewModel.NONE);

        crosstab.columnColumnProperty().set("payment");
        crosstab.select(0, 0);

        long inCell = crosstab.crosstabProperty().get().cells()[0][0].customers();
        assertThat(crosstab.previewSummaryProperty().get()).contains(String.valueOf(inCell) + " customers")
                .contains("churned");
        assertThat(crosstab.previewRows()).hasSize((int) Math.min(inCell, CrosstabViewModel.PREVIEW_ROWS));
        assertThat(crosstab.previewTsv().lines().findFirst().orElseThrow())
                .isEqualTo("customer_id\tpayment\ttenure_months\tsupport_calls\tchurned");
        assertThat(crosstab.crosstabTsv().lines().findFirst().orElseThrow())
                .isEqualTo("tenure_months\tpayment\tCustomers\tChurners\tChurn rate");
    }

    @Test
    void theCrosstabStartsOnTheRiskiestSizeableCellWithItsCustomers() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);
        CrosstabViewModel crosstab = model.crosstab();

        CrosstabViewModel.Cell cell = crosstab.selectedCellProperty().get();

        assertThat(cell).isNotNull();
        app.retention.explore.RateGroup[][] cells = crosstab.crosstabProperty().get().cells();
        double chosen = cells[cell.row()][cell.column()].rate();
        assertThat(java.util.Arrays.stream(cells).flatMap(java.util.Arrays::stream)
                .filter(g -> g.customers() >= 30).mapToDouble(g -> g.rate()).max().orElseThrow()).isEqualTo(chosen);
        assertThat(crosstab.previewRows()).isNotEmpty();
    }

    @Test
    void aCrosstabOfOneColumnHasOneColumnOfCells() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);

        model.crosstab().columnColumnProperty().set(CrosstabViewModel.NONE);

        assertThat(model.crosstab().crosstabProperty().get().columnLabels()).hasSize(1);
        assertThat(model.crosstab().crosstabTsv().lines().count()).isEqualTo(1 + CrosstabViewModel.DEFAULT_BINS);
    }

    @Test
    void driversCopyAsTabSeparatedText() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);

        List<String> lines = model.driversTsv().lines().toList();

        assertThat(lines.get(0)).isEqualTo("Column\tROC AUC\tInformation value\tWhat we see");
        assertThat(lines).hasSize(1 + model.drivers().size());
        assertThat(lines.get(1)).startsWith("tenure_months\t0.");
    }

    @Test
    void aDatasetWithoutTargetShowsItsProfileAndWarningsAndSaysWhyThereAreNoRates() throws Exception {
        DatasetInfo plain = ExploreTestData.withoutTarget(workspace, dir, "plain");

        model.follow(List.of(plain), plain);

        assertThat(model.summaryProperty().get()).contains("no churn target");
        assertThat(model.baseRateProperty().get()).isEmpty();
        assertThat(model.columns()).hasSize(3);
        assertThat(model.drivers()).isEmpty();
        assertThat(model.driversMessageProperty().get()).contains("has no churn target");
        assertThat(model.column().messageProperty().get()).contains("has no churn target");
        assertThat(model.warnings()).anyMatch(w -> w.severity() == DataWarning.Severity.ERROR);
        assertThat(reported).isEmpty();
    }

    @Test
    void anAnswerForADatasetTheUserHasLeftIsDropped() throws Exception {
        DatasetInfo first = ExploreTestData.customers(workspace, dir, "first");
        DatasetInfo plain = ExploreTestData.withoutTarget(workspace, dir, "plain");
        QueuedTaskRunner runner = new QueuedTaskRunner();
        ExploreViewModel slow = modelOn(runner);

        slow.follow(List.of(first, plain), first);
        slow.datasetProperty().set(plain);
        // the newer request finishes first, then the old one arrives late
        runner.runAll(true);

        assertThat(slow.datasetProperty().get()).isEqualTo(plain);
        assertThat(slow.columns()).extracting(c -> c.name()).containsExactly("customer_id", "plan", "monthly_fee");
        assertThat(slow.summaryProperty().get()).startsWith("80 customers");
    }

    @Test
    void followingKeepsTheChosenDatasetWhenTheDataScreenHasNoChoice() throws Exception {
        DatasetInfo first = ExploreTestData.customers(workspace, dir, "first");
        DatasetInfo plain = ExploreTestData.withoutTarget(workspace, dir, "plain");
        model.follow(List.of(first, plain), null);
        assertThat(model.datasetProperty().get()).isEqualTo(first);

        model.datasetProperty().set(plain);
        model.follow(List.of(first, plain), null);

        assertThat(model.datasetProperty().get()).isEqualTo(plain);
    }

    @Test
    void savingTheChartWritesTheFileAndSaysWhere() throws Exception {
        DatasetInfo customers = ExploreTestData.customers(workspace, dir, "customers");
        model.follow(List.of(customers), null);
        Path png = dir.resolve("out/chart.png");

        model.column().saveChart(png);
        model.crosstab().saveChart(dir.resolve("out/heat.svg"));

        assertThat(png).exists();
        assertThat(dir.resolve("out/heat.svg")).content().contains("<svg");
        assertThat(model.noticeProperty().get()).contains("heat.svg");
        assertThat(model.column().suggestedFileName("png")).isEqualTo("customers-churn-by-tenure_months.png");
    }
}
