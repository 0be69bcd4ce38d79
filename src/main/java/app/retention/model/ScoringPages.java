package app.retention.model;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import weka.core.Attribute;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customers of a dataset to score, in a model's header, one page of rows at a time: a scoring holds a page, not
 * the dataset. What reasons compare a customer with (the most common categories, percentiles of numbers) is asked
 * of H2, which counts and sorts without loading the rows.
 */
final class ScoringPages {

    private final Workspace workspace;
    private final DatasetInfo dataset;
    private final ModelSchema schema;
    private final List<ColumnInfo> columns;
    private final List<ColumnInfo> features;
    private final ColumnInfo target;
    private final Map<String, Map<String, String>> merges;
    private final Instances header;

    /** @throws ModelException when a feature of the model is missing from the dataset or of another type */
    ScoringPages(Workspace workspace, DatasetInfo dataset, ModelSchema schema) {
        this.workspace = workspace;
        this.dataset = dataset;
        this.schema = schema;
        this.columns = workspace.datasets().columns(dataset);
        this.features = DatasetInstances.matchFeatures(dataset, columns, schema, new ArrayList<>(), true);
        this.target = columns.stream().filter(c -> c.name().equals(schema.target())).findFirst().orElse(null);
        this.merges = workspace.datasets().merges(dataset);
        this.header = DatasetInstances.toInstances(dataset.reference(), schema, List.of());
    }

    /**
     * One page of customers in the model's header, each one's row number, and the values as read (a category the
     * model never saw is missing in {@code instances} but named here, so that a reason can say it is new).
     */
    record Page(Instances instances, long[] rowNumbers, List<Object[]> values) {
    }

    /** How far row numbers go: pages start at 0 and every {@link DatasetInstances#PAGE} after, below this. */
    long end() {
        return dataset.rowsImported();
    }

    /** The customers after row number {@code offset}, up to a page of them. */
    Page read(long offset) {
        List<Object[]> rows = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        DatasetInstances.readPage(workspace, dataset, columns, features, target, merges, offset, rows, numbers);
        return new Page(DatasetInstances.toInstances(dataset.reference(), schema, rows),
                numbers.stream().mapToLong(Long::longValue).toArray(), rows);
    }

    /** The model's header: the features in its order, then the target. */
    Instances header() {
        return header;
    }

    /**
     * How many customers have each value of a nominal feature, by the value's index in the header (values the
     * model never saw are not counted, as they are missing once read).
     */
    int[] nominalCounts(int attribute) {
        Attribute a = header.attribute(attribute);
        ColumnInfo column = features.get(attribute);
        int[] counts = new int[a.numValues()];
        workspace.queries().forEachValue(dataset, column, null, group -> {
            Object value = DatasetInstances.featureValue(column, group.value(), merges);
            int at = value instanceof String s ? a.indexOfValue(s) : -1;
            if (at >= 0) {
                counts[at] += (int) group.count();
            }
        });
        return counts;
    }

    /**
     * The values of a numeric feature at sorted positions {@code floor(share × n)} (capped at {@code n - 1}) among
     * the {@code n} customers who have one; empty when none has.
     */
    double[] percentiles(int attribute, double[] shares) {
        ColumnInfo column = features.get(attribute);
        long present = workspace.queries().countPresent(dataset, column);
        if (present == 0) {
            return new double[0];
        }
        long[] positions = new long[shares.length];
        for (int k = 0; k < shares.length; k++) {
            positions[k] = (long) Math.min(present - 1, shares[k] * present);
        }
        double[] values = new double[shares.length];
        long[] at = {0};
        int[] next = {0};
        workspace.queries().forEachSorted(dataset, column, value -> {
            while (next[0] < positions.length && positions[next[0]] == at[0]) {
                values[next[0]++] = (Double) DatasetInstances.featureValue(column, value, merges);
            }
            at[0]++;
            return next[0] < positions.length;
        });
        return values;
    }
}
