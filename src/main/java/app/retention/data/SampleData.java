package app.retention.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.CustomerValue;
import app.retention.store.DatasetNames;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled sample data (three monthly snapshots of a Latin-American mobile-commerce app: two whose churn is
 * known, to train and test on, and the current month, to score), imported into a workspace the first time the
 * desktop app opens it so a new user has something to explore.
 */
public final class SampleData {

    /** The bundled files, oldest snapshot first; each is imported under its base name. */
    public static final List<String> FILES = List.of("mcommerce_2026_09.csv", "mcommerce_2026_10.csv",
            "mcommerce_2026_11.csv");
    /** The current snapshot: the customers to score, whose churn nobody knows yet (it has no target column). */
    public static final String CURRENT = "mcommerce_2026_11";
    private static final String TARGET = "churned_30d";
    /** The sample data's traditional churn rule: whom a retention team would call without a model. */
    public static final String CHURN_RULE = "days_since_last_order > 45 OR complaint = Yes";
    private static final List<String> RULE_COLUMNS = List.of("days_since_last_order", "complaint");
    private static final String OFFERED = "sample-data.imported";
    /** What a customer of the sample is worth, as its generator documents it. */
    public static final CustomerValue VALUE = CustomerValue.lifetime("clv_brl", "BRL");
    /** Labels for the columns whose names do not read well humanised ("CLV BRL"), as a user would give them. */
    static final Map<String, String> LABELS = Map.of("clv_brl", "Customer lifetime value (R$)",
            "avg_basket_brl", "Average basket (R$)", "churned_30d", "Churned within 30 days");

    private SampleData() {
    }

    /** True until the sample data has been imported once into this workspace (deleting it later is respected). */
    public static boolean isFirstRun(Workspace workspace) {
        return workspace.setting(OFFERED).isEmpty();
    }

    /**
     * Whether the desktop app should import the sample: on the first run of a workspace that holds no data yet. A
     * workspace made for the user's own data (by the CLI, say) is not filled with the sample.
     */
    public static boolean offeredTo(Workspace workspace) {
        return isFirstRun(workspace) && workspace.datasets().list().isEmpty();
    }

    /** {@link #CHURN_RULE} when a dataset has the columns it reads (the sample snapshots do), else empty. */
    public static Optional<String> ruleFor(List<ColumnInfo> columns) {
        boolean readable = RULE_COLUMNS.stream().allMatch(name -> columns.stream().anyMatch(c -> c.name().equals(name)));
        return readable ? Optional.of(CHURN_RULE) : Optional.empty();
    }

    /**
     * Copies the bundled files into the workspace's {@code samples/} folder and imports them.
     */
    public static List<ImportResult> importBundled(Workspace workspace, TaskContext context) throws IOException {
        Path folder = workspace.directory().resolve("samples");
        Files.createDirectories(folder);
        ImportService imports = new ImportService(workspace.datasets());
        List<ImportResult> results = new ArrayList<>();
        for (String file : FILES) {
            Path copy = folder.resolve(file);
            try (InputStream in = SampleData.class.getResourceAsStream("/sample-data/" + file)) {
                if (in == null) {
                    throw new ImportException("The sample file " + file + " is missing from this build.");
                }
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = DatasetNames.fromFileName(file);
            results.add(imports.importFile(copy, new ImportOptions(name, name.equals(CURRENT) ? null : TARGET,
                    null, false), context));
            // the generator documents it: clv_brl is each customer's lifetime value in reais (sample-data/README.md)
            workspace.datasets().setCustomerValue(name, VALUE);
            ImportResult imported = results.get(results.size() - 1);
            List<String> columns = workspace.datasets().columns(imported.dataset()).stream().map(c -> c.name()).toList();
            LABELS.forEach((column, label) -> {
                if (columns.contains(column)) {
                    workspace.datasets().setLabel(imported.dataset(), column, label);
                }
            });
        }
        workspace.putSetting(OFFERED, "true");
        return results;
    }
}
