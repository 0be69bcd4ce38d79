package app.retention.model;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Predicted uplift for every customer of a dataset from a stored uplift model (docs/adr/0027): the dataset's rows read
 * into the model's input schema a page at a time, as churn scores are, so that a segment can call persuadables first.
 */
public final class UpliftScores {

    /** Told of each row and its predicted uplift (drop in churn probability when contacted, −1 to 1). */
    @FunctionalInterface
    public interface Each {
        void accept(StoredRow row, double uplift);
    }

    private UpliftScores() {
    }

    /** The schema an uplift model reads, as the store keeps it. */
    public static String schemaJson(ModelSchema schema) {
        return RunCodec.schema(schema);
    }

    /** What keeps a dataset of these columns from being read by the uplift model; empty when it fits. */
    public static List<String> misfits(List<ColumnInfo> columns, String schemaJson) {
        return DatasetInstances.problems(columns, RunCodec.schema(schemaJson));
    }

    /**
     * Predicts the uplift of every row of {@code dataset}.
     *
     * @param classifier the stored uplift model's bytes, read through the model files' safe filter
     * @param source     what the bytes are, for messages ("uplift model 3")
     * @throws ModelException when the dataset does not fit the model's columns or the model cannot score a row
     */
    public static void predict(Workspace workspace, DatasetInfo dataset, String schemaJson, byte[] classifier,
                               String source, TaskContext context, Each each) {
        ModelSchema schema = RunCodec.schema(schemaJson);
        UpliftClassifier model = UpliftValidation.load(classifier, source);
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        List<ColumnInfo> features = DatasetInstances.matchFeatures(dataset, columns, schema, new ArrayList<>(), true);
        int[] index = features.stream().mapToInt(columns::indexOf).toArray();
        Map<String, Map<String, String>> merges = workspace.datasets().merges(dataset);
        for (long offset = 0; offset < dataset.rowsImported(); offset += DatasetInstances.PAGE) {
            context.checkCancelled();
            context.progress((double) offset / Math.max(1, dataset.rowsImported()),
                    "Predicting who a call keeps in " + dataset.name());
            List<StoredRow> page = workspace.datasets().rows(dataset, offset, DatasetInstances.PAGE);
            List<Object[]> rows = new ArrayList<>(page.size());
            for (StoredRow stored : page) {
                Object[] row = new Object[features.size() + 1];
                for (int f = 0; f < features.size(); f++) {
                    row[f] = DatasetInstances.featureValue(features.get(f), stored.values().get(index[f]), merges);
                }
                rows.add(row);
            }
            weka.core.Instances instances = DatasetInstances.toInstances(dataset.reference(), schema, rows);
            for (int i = 0; i < page.size(); i++) {
                try {
                    each.accept(page.get(i), model.uplift(instances.instance(i)));
                } catch (ModelException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ModelException(source + " could not predict row " + page.get(i).rowNumber() + " of "
                            + dataset.reference() + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
