package app.retention.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.SharedDatasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The quirks listed in ../shared/datasets/README.md, checked on the real files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDatasetImportTest {

    @TempDir
    static Path dir;
    Workspace workspace;
    ImportService imports;

    @BeforeAll
    void openWorkspace() {
        workspace = Workspace.open(dir);
        imports = new ImportService(workspace.datasets());
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    private DatasetInfo importShared(String file, ImportOptions options) {
        return imports.importFile(SharedDatasets.file(file), options, TaskContext.silent()).dataset();
    }

    private Map<String, ColumnInfo> columns(DatasetInfo d) {
        return workspace.datasets().columns(d).stream().collect(Collectors.toMap(ColumnInfo::name, Function.identity()));
    }

    @Test
    void telcoImportsAllRowsWithTotalChargesNumericAndElevenMissing() {
        DatasetInfo telco = importShared("telco_customer_churn.csv", ImportOptions.defaults());
        assertThat(telco.rowsImported()).isEqualTo(7043);
        assertThat(telco.rowsRejected()).isZero();
        assertThat(telco.columnCount()).isEqualTo(21);
        assertThat(telco.source().sha256()).startsWith("88be4b93fbe0cc83");
        Map<String, ColumnInfo> columns = columns(telco);
        assertThat(columns.get("TotalCharges").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(columns.get("TotalCharges").missing()).isEqualTo(11);
        assertThat(columns.get("customerID").role()).isEqualTo(ColumnRole.ID);
        assertThat(columns.get("Churn").role()).isEqualTo(ColumnRole.TARGET);
        assertThat(columns.get("Churn").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(columns.get("SeniorCitizen").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(columns.get("Contract").type()).isEqualTo(ColumnType.CATEGORY);
        assertThat(columns.get("tenure").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(telco.targetColumn()).isEqualTo("Churn");
    }

    @Test
    void telcoMissingTotalChargesAreExactlyTheRowsWithTenureZero() {
        DatasetInfo telco = importShared("telco_customer_churn.csv", new ImportOptions("telco_tenure", null, null, false));
        List<ColumnInfo> cols = workspace.datasets().columns(telco);
        int tenure = indexOf(cols, "tenure");
        int total = indexOf(cols, "TotalCharges");
        List<StoredRow> rows = workspace.datasets().rows(telco, 0, 10_000);
        long missingTotal = rows.stream().filter(r -> r.values().get(total) == null).count();
        long missingWithTenureZero = rows.stream()
                .filter(r -> r.values().get(total) == null && Long.valueOf(0).equals(r.values().get(tenure))).count();
        assertThat(missingTotal).isEqualTo(11);
        assertThat(missingWithTenureZero).isEqualTo(11);
    }

    private static int indexOf(List<ColumnInfo> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void bankMarksIdentifiersAndSurnameAsPersonalData() {
        DatasetInfo bank = importShared("bank_churn_modelling.csv", ImportOptions.defaults());
        assertThat(bank.rowsImported()).isEqualTo(10_000);
        assertThat(bank.source().sha256()).startsWith("ee2a5c9d8daf3aed");
        Map<String, ColumnInfo> columns = columns(bank);
        assertThat(columns.get("RowNumber").role()).isEqualTo(ColumnRole.ID);
        assertThat(columns.get("CustomerId").role()).isEqualTo(ColumnRole.ID);
        assertThat(columns.get("Surname").role()).isEqualTo(ColumnRole.PII);
        assertThat(columns.get("Exited").role()).isEqualTo(ColumnRole.TARGET);
        assertThat(columns.get("Balance").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(columns.get("Balance").missing()).isZero();
        List<ColumnInfo> cols = workspace.datasets().columns(bank);
        int balance = indexOf(cols, "Balance");
        int surname = indexOf(cols, "Surname");
        List<StoredRow> rows = workspace.datasets().rows(bank, 0, 10_000);
        assertThat(rows.stream().filter(r -> Double.valueOf(0).equals(r.values().get(balance))).count()).isEqualTo(3617);
        assertThat(rows.stream().map(r -> (String) r.values().get(surname))).contains("O'Brien");
    }

    @Test
    void ecommerceBlanksAreMissingValuesInNumericColumns() {
        DatasetInfo shop = importShared("ecommerce_churn.csv", ImportOptions.defaults());
        assertThat(shop.rowsImported()).isEqualTo(5630);
        assertThat(shop.source().sha256()).startsWith("475bdf0a2d77ac3c");
        List<ColumnInfo> cols = workspace.datasets().columns(shop);
        assertThat(cols.stream().mapToLong(ColumnInfo::missing).sum()).isEqualTo(1856);
        assertThat(cols.stream().filter(c -> c.missing() > 0).map(ColumnInfo::type))
                .hasSize(7).allMatch(ColumnType::isNumeric);
        Map<String, ColumnInfo> columns = columns(shop);
        assertThat(columns.get("CustomerID").role()).isEqualTo(ColumnRole.ID);
        assertThat(columns.get("Churn").role()).isEqualTo(ColumnRole.TARGET);
        assertThat(columns.get("Complain").role()).isEqualTo(ColumnRole.FEATURE);
        assertThat(columns.get("NumberOfAddress").role()).isEqualTo(ColumnRole.FEATURE);
        assertThat(columns.get("PreferredPaymentMode").type()).isEqualTo(ColumnType.CATEGORY);
    }

    /** Issue 13.2's key and location rules leave every column of the shared files with the role it had. */
    @Test
    void everySharedFileKeepsItsRolesOnlyIdentifiersPersonalDataAndTheTargetAreNotFeatures() {
        Map<String, Map<String, ColumnRole>> notFeatures = Map.of(
                "telco_customer_churn.csv", Map.of("customerID", ColumnRole.ID, "Churn", ColumnRole.TARGET),
                "bank_churn_modelling.csv", Map.of("RowNumber", ColumnRole.ID, "CustomerId", ColumnRole.ID,
                        "Surname", ColumnRole.PII, "Exited", ColumnRole.TARGET),
                "ecommerce_churn.csv", Map.of("CustomerID", ColumnRole.ID, "Churn", ColumnRole.TARGET));
        notFeatures.forEach((file, expected) -> {
            DatasetInfo d = importShared(file, new ImportOptions("roles_" + file.replace(".csv", ""), null, null, false));
            Map<String, ColumnRole> roles = columns(d).values().stream().filter(c -> c.role() != ColumnRole.FEATURE)
                    .collect(Collectors.toMap(ColumnInfo::name, ColumnInfo::role));
            assertThat(roles).as(file).isEqualTo(expected);
        });
    }

    @Test
    void xlsxDefaultsToTheDataSheetNotTheDataDictionary() {
        ImportPlan plan = imports.analyze(SharedDatasets.file("ecommerce_churn.xlsx"), null, TaskContext.silent());
        assertThat(plan.sheets()).hasSize(2).contains("E Comm");
        assertThat(plan.sheet()).isEqualTo("E Comm");
        assertThat(plan.rowsRead()).isEqualTo(5630);
        assertThat(plan.columns()).hasSize(20);
        DatasetInfo shop = importShared("ecommerce_churn.xlsx", new ImportOptions("shop_xlsx", null, null, false));
        assertThat(workspace.datasets().columns(shop).stream().mapToLong(ColumnInfo::missing).sum()).isEqualTo(1856);
        assertThat(columns(shop).get("Churn").role()).isEqualTo(ColumnRole.TARGET);
    }

    @Test
    void xlsxSheetCanBeChosenByName() {
        ImportPlan first = imports.analyze(SharedDatasets.file("ecommerce_churn.xlsx"), null, TaskContext.silent());
        String dictionary = first.sheets().stream().filter(s -> !s.equals("E Comm")).findFirst().orElseThrow();
        ImportPlan plan = imports.analyze(SharedDatasets.file("ecommerce_churn.xlsx"), dictionary, TaskContext.silent());
        assertThat(plan.sheet()).isEqualTo(dictionary);
        assertThat(plan.rowsRead()).isLessThan(100);
    }
}
