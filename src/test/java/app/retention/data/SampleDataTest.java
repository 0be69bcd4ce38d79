package app.retention.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataTest {

    @TempDir
    Path dir;

    @Test
    void firstRunImportsTheThreeSnapshotsWithPersonalDataKeptOutOfFeatures() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(SampleData.isFirstRun(ws)).isTrue();
            List<ImportResult> results = SampleData.importBundled(ws, TaskContext.silent());
            assertThat(SampleData.isFirstRun(ws)).isFalse();
            assertThat(results).extracting(r -> r.dataset().name()).containsExactly("mcommerce_2026_09", "mcommerce_2026_10",
                    "mcommerce_2026_11");
            DatasetInfo september = results.get(0).dataset();
            assertThat(september.rowsImported()).isEqualTo(20_000);
            assertThat(september.targetColumn()).isEqualTo("churned_30d");
            Map<String, ColumnInfo> columns = ws.datasets().columns(september).stream()
                    .collect(Collectors.toMap(ColumnInfo::name, Function.identity()));
            assertThat(columns.get("full_name").role()).isEqualTo(ColumnRole.PII);
            assertThat(columns.get("email").role()).isEqualTo(ColumnRole.PII);
            assertThat(columns.get("phone").role()).isEqualTo(ColumnRole.PII);
            assertThat(columns.get("customer_id").role()).isEqualTo(ColumnRole.ID);
            assertThat(columns.get("signup_date").role()).isEqualTo(ColumnRole.DATE);
            assertThat(columns.get("nps").missing()).isGreaterThan(10_000);
        }
    }

    @Test
    void theSampleIsOfferedOnlyToAnEmptyWorkspaceAndOnlyOnce() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("empty"))) {
            assertThat(SampleData.offeredTo(ws)).isTrue();
            SampleData.importBundled(ws, TaskContext.silent());
            assertThat(SampleData.offeredTo(ws)).isFalse();
        }
        Path own = Files.writeString(dir.resolve("telco.csv"), "id,MonthlyCharges,Churn\n1,20.5,Yes\n2,70,No\n");
        try (Workspace ws = Workspace.open(dir.resolve("telco"))) {
            new ImportService(ws.datasets()).importFile(own, new ImportOptions("telco", "Churn", null, false),
                    TaskContext.silent());
            assertThat(SampleData.isFirstRun(ws)).isTrue();
            assertThat(SampleData.offeredTo(ws)).isFalse();
        }
    }

    @Test
    void theCurrentSnapshotIsImportedWithoutAChurnTargetBecauseNobodyKnowsYetWhoWillChurn() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            DatasetInfo current = SampleData.importBundled(ws, TaskContext.silent()).get(2).dataset();

            assertThat(current.name()).isEqualTo(SampleData.CURRENT);
            assertThat(current.rowsRejected()).isZero();
            assertThat(ws.datasets().columns(current)).extracting(ColumnInfo::role).doesNotContain(ColumnRole.TARGET);
            assertThat(ws.datasets().columns(current)).extracting(ColumnInfo::name).doesNotContain("churned_30d");
        }
    }
}
