package app.retention.explore;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.ChurnDefinition;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tally stored at import and a GROUP BY over the stored rows give the same distribution. */
class DistributionSourcesTest {

    @TempDir
    Path dir;

    @Test
    void tallyAndSqlAgreeForEveryColumn() {
        try (Workspace ws = Workspace.open(dir)) {
            DatasetInfo shop = new ImportService(ws.datasets()).importFile(SharedDatasets.file("ecommerce_churn.csv"),
                    ImportOptions.defaults(), TaskContext.silent()).dataset();
            List<ColumnInfo> columns = ws.datasets().columns(shop);
            ColumnInfo target = columns.stream().filter(c -> c.role() == ColumnRole.TARGET).findFirst().orElseThrow();
            ChurnDefinition churn = new ChurnDefinition(target, Boolean.TRUE);
            Map<String, String> merges = Map.of("CC", "Credit Card", "COD", "Cash on Delivery");
            int compared = 0;
            for (ColumnInfo column : columns) {
                if (column.role() == ColumnRole.ID) {
                    assertThat(ws.tallies().tally(shop, column)).isEmpty();
                    continue;
                }
                assertThat(ws.tallies().tally(shop, column)).as(column.name()).isPresent();
                ColumnDistribution tallied = Distributions.load(ws, shop, column, churn, merges);
                ColumnDistribution scanned = Distributions.fromSql(ws.queries(), shop, column, churn, merges);
                assertThat(tallied.values()).as(column.name()).isEqualTo(scanned.values());
                assertThat(tallied.counts()).as(column.name()).isEqualTo(scanned.counts());
                assertThat(tallied.churners()).as(column.name()).isEqualTo(scanned.churners());
                assertThat(tallied.missing()).as(column.name()).isEqualTo(scanned.missing());
                assertThat(tallied.missingChurners()).as(column.name()).isEqualTo(scanned.missingChurners());
                compared++;
            }
            assertThat(compared).isEqualTo(19);
        }
    }
}
