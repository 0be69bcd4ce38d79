package app.retention.explore;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.RowFilter;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.SharedDatasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreSharedDatasetsTest {

    @TempDir
    static Path dir;
    Workspace workspace;
    ExploreService explore;
    DatasetInfo telco;
    DatasetInfo bank;
    DatasetInfo shop;

    @BeforeAll
    void importDatasets() {
        workspace = Workspace.open(dir.resolve("ws"));
        explore = new ExploreService(workspace);
        ImportService imports = new ImportService(workspace.datasets());
        telco = imports.importFile(SharedDatasets.file("telco_customer_churn.csv"), ImportOptions.defaults(), TaskContext.silent()).dataset();
        bank = imports.importFile(SharedDatasets.file("bank_churn_modelling.csv"), ImportOptions.defaults(), TaskContext.silent()).dataset();
        shop = imports.importFile(SharedDatasets.file("ecommerce_churn.csv"), ImportOptions.defaults(), TaskContext.silent()).dataset();
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    private static List<DataWarning> of(List<DataWarning> warnings, String kind, String column) {
        return warnings.stream().filter(w -> w.kind().equals(kind) && w.columns().contains(column)).toList();
    }

    @Test
    void telcoTopDriversIncludeContractAndTenure() {
        List<Driver> drivers = explore.drivers(telco, TaskContext.silent());
        assertThat(drivers.subList(0, 3)).extracting(Driver::column).contains("Contract", "tenure");
        Driver contract = drivers.stream().filter(d -> d.column().equals("Contract")).findFirst().orElseThrow();
        assertThat(contract.sentence()).isEqualTo("Customers whose contract is Month-to-month churn at 1.6× the "
                + "average rate (43% vs 27%, 3,875 customers).");
        assertThat(contract.iv()).isGreaterThan(0.5);
        assertThat(drivers).extracting(Driver::column).doesNotContain("customerID", "Churn");
    }

    @Test
    void telcoBaseRateMatchesTheReadme() {
        DatasetProfile profile = explore.profile(telco, TaskContext.silent());
        assertThat(profile.churners()).isEqualTo(1869);
        assertThat(profile.baseRate()).isEqualTo(1869.0 / 7043);
        assertThat(profile.churnLabel()).isEqualTo("Yes");
    }

    @Test
    void telcoCustomerIdIsFlaggedAsIdentifier() {
        assertThat(of(explore.warnings(telco, TaskContext.silent()), "identifier", "customerID")).hasSize(1);
    }

    @Test
    void bankSurnameIsFlaggedAsPersonalData() {
        assertThat(of(explore.warnings(bank, TaskContext.silent()), "pii", "Surname")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("never used as a model feature"));
    }

    @Test
    void ecommerceSpellingVariantsAreDetectedAndMergeable() {
        List<DataWarning> warnings = explore.warnings(shop, TaskContext.silent());
        DataWarning payment = of(warnings, "spelling", "PreferredPaymentMode").get(0);
        assertThat(payment.action().merges()).containsEntry("CC", "Credit Card").containsEntry("COD", "Cash on Delivery");
        assertThat(of(warnings, "spelling", "PreferredLoginDevice").get(0).action().merges())
                .isEqualTo(Map.of("Phone", "Mobile Phone"));
        assertThat(of(warnings, "spelling", "Complain")).isEmpty();
    }

    /** Every merge the spelling check suggests on the shared files, with its confidence: none of them false. */
    @Test
    void theSpellingCheckSuggestsOnlyTrueMergesOnEverySharedFile() {
        DatasetInfo workbook = new ImportService(workspace.datasets()).importFile(
                SharedDatasets.file("ecommerce_churn.xlsx"), new ImportOptions("shop_xlsx", null, null, false),
                TaskContext.silent()).dataset();
        List<String> shopMerges = List.of(
                "PreferredLoginDevice: `Phone` as `Mobile Phone` (medium confidence: usually the same thing)",
                "PreferredPaymentMode: `CC` as `Credit Card` (high confidence: a known abbreviation)",
                "PreferredPaymentMode: `COD` as `Cash on Delivery` (high confidence: a known abbreviation)",
                "PreferedOrderCat: `Mobile` as `Mobile Phone` (medium confidence: usually the same thing)");
        assertThat(suggestedMerges(telco)).isEmpty();
        assertThat(suggestedMerges(bank)).isEmpty();
        assertThat(suggestedMerges(shop)).containsExactlyInAnyOrderElementsOf(shopMerges);
        assertThat(suggestedMerges(workbook)).containsExactlyInAnyOrderElementsOf(shopMerges);
    }

    private List<String> suggestedMerges(DatasetInfo dataset) {
        return explore.warnings(dataset, TaskContext.silent()).stream().filter(w -> w.kind().equals("spelling"))
                .flatMap(w -> w.action().suggestions().stream().map(m -> w.action().column() + ": " + m.describe()))
                .toList();
    }

    @Test
    void mergingSpellingsChangesRatesButNotTheImportedTable() throws IOException {
        Path copy = dir.resolve("shop-merge.csv");
        Files.copy(SharedDatasets.file("ecommerce_churn.csv"), copy);
        DatasetInfo mine = new ImportService(workspace.datasets()).importFile(copy,
                new ImportOptions("shop_merge", null, null, false), TaskContext.silent()).dataset();
        DataWarning payment = of(explore.warnings(mine, TaskContext.silent()), "spelling", "PreferredPaymentMode").get(0);
        explore.apply(mine, payment.action());
        assertThat(of(explore.warnings(mine, TaskContext.silent()), "spelling", "PreferredPaymentMode")).isEmpty();
        ChurnBreakdown byPayment = explore.churnBy(mine, "PreferredPaymentMode", 10, TaskContext.silent());
        assertThat(byPayment.groups()).extracting(RateGroup::label).doesNotContain("CC", "COD").contains("Credit Card");
        long creditCard = byPayment.groups().stream().filter(g -> g.label().equals("Credit Card")).findFirst().orElseThrow().customers();
        assertThat(creditCard).isEqualTo(1501 + 273); // Credit Card + CC in the source
        assertThat(workspace.datasets().rows(mine, 0, 6000).stream().map(r -> r.values().get(6)).filter("CC"::equals).count())
                .isEqualTo(273);
        // the preview of the merged group finds the source spellings too
        RowFilter selector = byPayment.groups().stream().filter(g -> g.label().equals("Credit Card")).findFirst()
                .orElseThrow().selector();
        assertThat(explore.preview(mine, List.of(selector), 5, TaskContext.silent()).total()).isEqualTo(creditCard);
    }

    @Test
    void aCopiedTargetColumnIsFlaggedAsLeakageAndCanBeIgnored() throws IOException {
        StringBuilder csv = new StringBuilder("id,plan,status_copy,churn\n");
        for (int i = 0; i < 400; i++) {
            boolean churned = i % 4 == 0;
            csv.append(i).append(',').append(i % 3 == 0 ? "basic" : "pro").append(',')
                    .append(churned ? "gone" : "active").append(',').append(churned ? "Yes" : "No").append('\n');
        }
        Path file = dir.resolve("leaky.csv");
        Files.writeString(file, csv.toString());
        DatasetInfo leaky = new ImportService(workspace.datasets()).importFile(file, ImportOptions.defaults(),
                TaskContext.silent()).dataset();
        DataWarning leak = of(explore.warnings(leaky, TaskContext.silent()), "leakage", "status_copy").get(0);
        assertThat(leak.message()).contains("ROC AUC 1.000");
        explore.apply(leaky, leak.action());
        assertThat(workspace.datasets().columns(leaky).get(2).role()).isEqualTo(ColumnRole.IGNORED);
        assertThat(explore.drivers(leaky, TaskContext.silent())).extracting(Driver::column).doesNotContain("status_copy");
    }

    @Test
    void aTargetWithOneClassOrTooFewChurnersIsAnError() throws IOException {
        Path one = dir.resolve("oneclass.csv");
        Files.writeString(one, "id,plan,churn\n1,a,No\n2,b,No\n3,a,No\n");
        DatasetInfo single = new ImportService(workspace.datasets()).importFile(one,
                new ImportOptions(null, "churn", null, false), TaskContext.silent()).dataset();
        assertThat(explore.warnings(single, TaskContext.silent())).filteredOn(w -> w.kind().equals("target"))
                .singleElement().satisfies(w -> {
                    assertThat(w.severity()).isEqualTo(DataWarning.Severity.ERROR);
                    assertThat(w.message()).contains("single class");
                });
        StringBuilder few = new StringBuilder("id,plan,churn\n");
        for (int i = 0; i < 200; i++) {
            few.append(i).append(',').append(i % 2 == 0 ? "a" : "b").append(',').append(i < 10 ? "Yes" : "No").append('\n');
        }
        Path fewFile = dir.resolve("few.csv");
        Files.writeString(fewFile, few.toString());
        DatasetInfo rare = new ImportService(workspace.datasets()).importFile(fewFile, ImportOptions.defaults(),
                TaskContext.silent()).dataset();
        assertThat(explore.warnings(rare, TaskContext.silent())).filteredOn(w -> w.kind().equals("target"))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("Only 10 customers"));
    }

    @Test
    void crosstabCountsAddUpAndACellPreviewsItsCustomers() {
        Crosstab table = explore.crosstab(telco, "Contract", "InternetService", 10, TaskContext.silent());
        long total = 0;
        for (RateGroup[] row : table.cells()) {
            for (RateGroup cell : row) {
                total += cell.customers();
            }
        }
        assertThat(total).isEqualTo(7043);
        // contracts read in their own order, not by size (m11); the table names its columns by their labels
        assertThat(table.rowLabels()).containsExactly("Month-to-month", "One year", "Two year");
        assertThat(table.rowTitle()).isEqualTo("Contract");
        assertThat(table.columnTitle()).isEqualTo("Internet service");
        int r = table.rowLabels().indexOf("Month-to-month");
        int c = table.columnLabels().indexOf("Fiber optic");
        RateGroup cell = table.cells()[r][c];
        assertThat(explore.preview(telco, table.selectorsOf(r, c), 10, TaskContext.silent()).total())
                .isEqualTo(cell.customers());
        assertThat(cell.rate()).isGreaterThan(0.5);
    }

    @Test
    void numericBinsCoverEveryCustomerAndHaveWilsonIntervals() {
        ChurnBreakdown tenure = explore.churnBy(telco, "tenure", 5, TaskContext.silent());
        assertThat(tenure.groups().stream().mapToLong(RateGroup::customers).sum()).isEqualTo(7043);
        assertThat(tenure.groups()).allSatisfy(g -> assertThat(g.low()).isLessThanOrEqualTo(g.rate()))
                .allSatisfy(g -> assertThat(g.high()).isGreaterThanOrEqualTo(g.rate()));
        RowFilter firstBin = tenure.groups().get(0).selector();
        assertThat(explore.preview(telco, List.of(firstBin), 1, TaskContext.silent()).total())
                .isEqualTo(tenure.groups().get(0).customers());
    }

    @Test
    void repeatedCustomerIdsAndPersonalDataUsedAsAFeatureAreFlagged() throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,contact_email,plan,churn\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i % 250).append(',').append("user").append(i).append("@example.com,")
                    .append(i % 3 == 0 ? "basic" : "pro").append(',').append(i % 5 == 0 ? "Yes" : "No").append('\n');
        }
        Path file = dir.resolve("repeats.csv");
        Files.writeString(file, csv.toString());
        DatasetInfo repeats = new ImportService(workspace.datasets()).importFile(file, ImportOptions.defaults(),
                TaskContext.silent()).dataset();
        workspace.datasets().setRole(repeats, "customer_id", ColumnRole.ID);
        workspace.datasets().setRole(repeats, "contact_email", ColumnRole.FEATURE);
        explore.invalidate(repeats);
        List<DataWarning> warnings = explore.warnings(repeats, TaskContext.silent());
        assertThat(of(warnings, "duplicates", "customer_id")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("50 rows share an identifier"));
        assertThat(of(warnings, "pii", "contact_email")).singleElement()
                .satisfies(w -> assertThat(w.action().kind()).isEqualTo(WarningAction.Kind.IGNORE_COLUMN));
    }
}
