package app.retention.ui.explore;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.ui.testing.TestFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small churn files for the Explore tests: short tenure drives churn; payment is spelled in several ways. */
final class ExploreTestData {

    static final int ROWS = 600;
    private static final String[] PAYMENTS = {"Credit Card", "CC", "E-Wallet", "ewallet", "Boleto"};

    private ExploreTestData() {
    }

    static DatasetInfo customers(Workspace workspace, Path dir, String name) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("customer_id,payment,tenure_months,support_calls,churned");
        java.util.Random random = new java.util.Random(42);
        for (int i = 1; i <= ROWS; i++) {
            int tenure = random.nextInt(60) + 1;
            boolean churned = random.nextDouble() < (tenure < 12 ? 0.7 : 0.15);
            lines.add("C" + (1000 + i) + "," + PAYMENTS[i % 5] + "," + tenure + "," + random.nextInt(3) + ","
                    + (churned ? "yes" : "no"));
        }
        return importFile(workspace, TestFiles.write(dir, name + ".csv", lines), name);
    }

    /** The same kind of customers without any churn column. */
    static DatasetInfo withoutTarget(Workspace workspace, Path dir, String name) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("customer_id,plan,monthly_fee");
        for (int i = 1; i <= 80; i++) {
            lines.add("C" + (1000 + i) + "," + (i % 2 == 0 ? "basic" : "plus") + "," + (10 + i % 7));
        }
        return importFile(workspace, TestFiles.write(dir, name + ".csv", lines), name);
    }

    private static DatasetInfo importFile(Workspace workspace, Path file, String name) {
        return new ImportService(workspace.datasets())
                .importFile(file, new ImportOptions(name, null, null, true), TaskContext.silent()).dataset();
    }
}
