package app.retention.model;

import app.retention.data.DisplayValues;
import app.retention.domain.ColumnEncoding;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A campaign's customers as an uplift model learns from them (docs/adr/0023): their feature columns from the dataset
 * the campaign was cut from, read as churn models read them (the dataset's roles, merges and encodings: identifiers,
 * personal data, dates and ignored columns stay out), their arm, and their outcome as the class (1 = churned). The
 * arm is never an input.
 *
 * @param keys    each customer's key, in the order of {@code instances}
 * @param treated whether each customer was contacted
 */
public record UpliftData(Instances instances, ModelSchema schema, List<ColumnEncoding> encodings, List<String> keys,
                         boolean[] treated) {

    /** Target name of the instances: what happened after the campaign. */
    public static final String TARGET = "churned_after_campaign";

    /** Outcome of a campaign's customer: whether they were contacted, and whether they churned. */
    public record Outcome(boolean treated, boolean churned) {
    }

    /**
     * Reads the customers of {@code outcomes} (by key) from {@code dataset}.
     *
     * @param keyColumn the column the campaign's keys come from; null: keys are "row N"
     * @param excluded  columns never to use as features (the arm and the outcome, should the dataset hold them)
     * @throws ModelException when the dataset has no feature column, or none of the customers is in it
     */
    public static UpliftData read(Workspace workspace, DatasetInfo dataset, String keyColumn,
                                  Map<String, Outcome> outcomes, Set<String> excluded, TaskContext context) {
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        List<ColumnInfo> features = columns.stream().filter(c -> c.role() == ColumnRole.FEATURE)
                .filter(c -> !excluded.contains(c.name())).toList();
        if (features.isEmpty()) {
            throw new ModelException(dataset.reference() + " has no feature columns to learn who responds from.");
        }
        int key = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(keyColumn)) {
                key = c;
            }
        }
        if (keyColumn != null && key < 0) {
            throw new ModelException(dataset.reference() + " has no column `" + keyColumn + "` to find the "
                    + "campaign's customers by.");
        }
        int[] index = features.stream().mapToInt(columns::indexOf).toArray();
        Map<String, Map<String, String>> merges = workspace.datasets().merges(dataset);
        List<Object[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> arms = new ArrayList<>();
        for (long offset = 0; offset < dataset.rowsImported(); offset += DatasetInstances.PAGE) {
            context.checkCancelled();
            context.progress((double) offset / Math.max(1, dataset.rowsImported()), "Reading the campaign's customers");
            for (StoredRow stored : workspace.datasets().rows(dataset, offset, DatasetInstances.PAGE)) {
                Object id = key < 0 ? null : stored.values().get(key);
                String customer = key < 0 ? "row " + stored.rowNumber()
                        : id == null ? null : DisplayValues.format(id, columns.get(key));
                Outcome outcome = customer == null ? null : outcomes.get(customer);
                if (outcome == null) {
                    continue;
                }
                Object[] row = new Object[features.size() + 1];
                for (int f = 0; f < features.size(); f++) {
                    row[f] = DatasetInstances.featureValue(features.get(f), stored.values().get(index[f]), merges);
                }
                row[features.size()] = outcome.churned() ? ModelSchema.CHURN : ModelSchema.STAY;
                rows.add(row);
                keys.add(customer);
                arms.add(outcome.treated());
            }
        }
        if (rows.isEmpty()) {
            throw new ModelException("None of the campaign's customers is in " + dataset.reference() + ".");
        }
        List<FeatureSpec> specs = FeatureSpec.of(features, rows);
        ModelSchema schema = new ModelSchema(List.copyOf(specs), TARGET, ModelSchema.CHURN);
        List<ColumnEncoding> chosen = workspace.datasets().encodings(dataset).values().stream()
                .filter(e -> features.stream().anyMatch(c -> c.name().equals(e.column()))).toList();
        boolean[] treated = new boolean[arms.size()];
        for (int i = 0; i < treated.length; i++) {
            treated[i] = arms.get(i);
        }
        return new UpliftData(DatasetInstances.toInstances(dataset.reference(), schema, rows), schema, chosen,
                List.copyOf(keys), treated);
    }

    /** Customers that churned, in {@code instances}' order. */
    public boolean[] churned() {
        boolean[] churned = new boolean[instances.numInstances()];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = instances.instance(i).classValue() == 1;
        }
        return churned;
    }
}
