package app.retention.model;

import app.retention.data.ChurnValues;
import app.retention.data.DisplayValues;
import app.retention.domain.ColumnEncoding;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dataset version into Weka {@code Instances}: the feature columns (identifiers, personal data,
 * dates and ignored columns stay out), with the version's category merges applied, and the target as
 * {@code {stay, churn}} (class index last). Rows without a target value are left out.
 */
public final class DatasetInstances {

    static final int PAGE = 10_000;

    private final Instances instances;
    private final ModelSchema schema;
    private final List<ColumnEncoding> encodings;
    private final List<String> leftOut;

    private DatasetInstances(Instances instances, ModelSchema schema, List<ColumnEncoding> encodings) {
        this(instances, schema, encodings, List.of());
    }

    private DatasetInstances(Instances instances, ModelSchema schema, List<ColumnEncoding> encodings,
                             List<String> leftOut) {
        this.instances = instances;
        this.schema = schema;
        this.encodings = encodings;
        this.leftOut = leftOut;
    }

    /** Feature columns of the dataset that this read left out as asked (in the dataset's order). */
    public List<String> leftOut() {
        return leftOut;
    }

    /** The encodings the user chose for feature columns of the dataset (docs/adr/0016); empty for scoring. */
    public List<ColumnEncoding> encodings() {
        return encodings;
    }

    public Instances instances() {
        return instances;
    }

    public ModelSchema schema() {
        return schema;
    }

    /** Reads a dataset and derives the schema from it (the training side). */
    public static DatasetInstances read(Workspace workspace, DatasetInfo dataset, TaskContext context) {
        return read(workspace, dataset, List.of(), context);
    }

    /**
     * Like {@link #read(Workspace, DatasetInfo, TaskContext)}, with the {@code excluded} columns left out of the
     * features for this read only (the dataset's roles do not change).
     *
     * @throws ModelException naming the dataset's columns when one of {@code excluded} is not a column, is the
     *                        target, or when no feature would be left
     */
    public static DatasetInstances read(Workspace workspace, DatasetInfo dataset, List<String> excluded,
                                        TaskContext context) {
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        ColumnInfo target = columns.stream().filter(c -> c.role() == ColumnRole.TARGET).findFirst()
                .orElseThrow(() -> new ModelException(dataset.reference() + " has no churn target: mark the column "
                        + "that says whether a customer churned as target before building models."));
        checkExcluded(dataset, columns, target, excluded);
        List<ColumnInfo> features = columns.stream().filter(c -> c.role() == ColumnRole.FEATURE)
                .filter(c -> !excluded.contains(c.name())).toList();
        if (features.isEmpty()) {
            throw new ModelException(dataset.reference() + " has no feature columns" + (excluded.isEmpty() ? ""
                    : " once " + String.join(", ", excluded) + " are left out") + ": every column is an identifier, "
                    + "personal data, a date, ignored or the target.");
        }
        Map<String, Map<String, String>> merges = workspace.datasets().merges(dataset);
        List<Object[]> rows = readRows(workspace, dataset, columns, features, target, merges, null, context);
        List<FeatureSpec> specs = FeatureSpec.of(features, rows);
        List<Object> targetValues = new ArrayList<>();
        Map<Object, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Object t = row[features.size()];
            if (t != null) {
                counts.merge(t, 1L, Long::sum);
            }
        }
        if (counts.size() < 2) {
            throw new ModelException(dataset.reference() + "'s churn target `" + target.name() + "` has "
                    + (counts.isEmpty() ? "no value" : "one value only (`" + label(target, counts.keySet().iterator().next())
                    + "` for all " + String.format(java.util.Locale.ENGLISH, "%,d", counts.values().iterator().next())
                    + " customers)") + ": a model learns from customers who churned and customers who stayed, "
                    + "so it needs both.");
        }
        targetValues.addAll(counts.keySet());
        long[] countArray = counts.values().stream().mapToLong(Long::longValue).toArray();
        Object churnValue = ChurnValues.churnValue(target, targetValues, countArray);
        ModelSchema schema = new ModelSchema(List.copyOf(specs), target.name(), String.valueOf(churnValue));
        List<ColumnEncoding> chosen = workspace.datasets().encodings(dataset).values().stream()
                .filter(e -> features.stream().anyMatch(f -> f.name().equals(e.column()))).toList();
        List<String> leftOut = columns.stream().filter(c -> c.role() == ColumnRole.FEATURE)
                .map(ColumnInfo::name).filter(excluded::contains).toList();
        return new DatasetInstances(toInstances(dataset.reference(), schema, rows), schema, chosen, leftOut);
    }

    /** Every excluded name is a column other than the target, or the user learns the dataset's columns. */
    private static void checkExcluded(DatasetInfo dataset, List<ColumnInfo> columns, ColumnInfo target,
                                      List<String> excluded) {
        List<String> names = columns.stream().map(ColumnInfo::name).toList();
        List<String> unknown = excluded.stream().filter(e -> !names.contains(e)).toList();
        if (!unknown.isEmpty()) {
            throw new ModelException(dataset.reference() + " has no column named " + unknown.stream()
                    .map(u -> "`" + u + "`").collect(java.util.stream.Collectors.joining(", ")) + " to exclude; its "
                    + "columns are " + String.join(", ", names) + ".");
        }
        if (excluded.contains(target.name())) {
            throw new ModelException("`" + target.name() + "` is the churn target of " + dataset.reference()
                    + ": a model cannot be built without it, so it cannot be excluded.");
        }
    }

    /** A target value as the data spells it ({@code No}, not {@code false}). */
    private static String label(ColumnInfo target, Object value) {
        if (value instanceof Boolean b && target.trueLabel() != null) {
            return b ? target.trueLabel() : target.falseLabel();
        }
        return String.valueOf(value);
    }

    /** Reads another dataset into an existing schema (scoring, out-of-time tests). */
    public static DatasetInstances readLike(Workspace workspace, DatasetInfo dataset, ModelSchema schema,
                                            TaskContext context) {
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        List<String> problems = new ArrayList<>();
        List<ColumnInfo> features = matchFeatures(dataset, columns, schema, problems, false);
        ColumnInfo target = columns.stream().filter(c -> c.name().equals(schema.target())).findFirst().orElse(null);
        if (target == null) {
            problems.add("the target `" + schema.target() + "` is missing");
        }
        if (!problems.isEmpty()) {
            throw new ModelException(dataset.reference() + " does not fit the model: " + String.join("; ", problems) + ".");
        }
        List<Object[]> rows = readRows(workspace, dataset, columns, features, target,
                workspace.datasets().merges(dataset), null, context);
        return new DatasetInstances(toInstances(dataset.reference(), schema, rows), schema, List.of());
    }

    /** Customers to score: every row of {@code dataset} in the model's header, and each one's row number. */
    record ScoringRows(Instances instances, long[] rowNumbers) {
    }

    /**
     * Reads every row of a dataset into a model's schema for scoring: the target may be absent (its value is then
     * missing); a feature that is missing or of another type is refused with the list of problems.
     */
    static ScoringRows readForScoring(Workspace workspace, DatasetInfo dataset, ModelSchema schema,
                                      TaskContext context) {
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        List<ColumnInfo> features = matchFeatures(dataset, columns, schema, new ArrayList<>(), true);
        ColumnInfo target = columns.stream().filter(c -> c.name().equals(schema.target())).findFirst().orElse(null);
        List<Long> numbers = new ArrayList<>();
        List<Object[]> rows = readRows(workspace, dataset, columns, features, target,
                workspace.datasets().merges(dataset), numbers, context);
        long[] rowNumbers = numbers.stream().mapToLong(Long::longValue).toArray();
        return new ScoringRows(toInstances(dataset.reference(), schema, rows), rowNumbers);
    }

    /** What keeps a dataset of these columns from being read into {@code schema}; empty when it fits. */
    static List<String> problems(List<ColumnInfo> columns, ModelSchema schema) {
        List<String> problems = new ArrayList<>();
        matchFeatures(null, columns, schema, problems, false);
        return problems;
    }

    static List<ColumnInfo> matchFeatures(DatasetInfo dataset, List<ColumnInfo> columns, ModelSchema schema,
                                                  List<String> problems, boolean failOnProblems) {
        List<ColumnInfo> features = new ArrayList<>();
        for (FeatureSpec spec : schema.features()) {
            ColumnInfo column = columns.stream().filter(c -> c.name().equals(spec.column())).findFirst().orElse(null);
            if (column == null) {
                problems.add("`" + spec.column() + "` is missing");
            } else if (FeatureSpec.nominalType(column.type()) != spec.nominal()
                    || column.type().isNumeric() != spec.type().isNumeric()) {
                problems.add("`" + spec.column() + "` is " + column.type().label() + ", the model expects "
                        + spec.type().label());
            } else {
                features.add(column);
            }
        }
        if (failOnProblems && !problems.isEmpty()) {
            throw new ModelException(dataset.reference() + " does not fit the model: " + String.join("; ", problems) + ".");
        }
        return features;
    }

    /**
     * Feature values (nominal ones as display text, merged), then the target value. With {@code rowNumbers} (scoring)
     * every row is read and its number collected, the target may be absent; without, rows lacking a target are skipped.
     */
    private static List<Object[]> readRows(Workspace workspace, DatasetInfo dataset, List<ColumnInfo> columns,
                                           List<ColumnInfo> features, ColumnInfo target,
                                           Map<String, Map<String, String>> merges, List<Long> rowNumbers,
                                           TaskContext context) {
        List<Object[]> rows = new ArrayList<>((int) Math.min(dataset.rowsImported(), Integer.MAX_VALUE - 8));
        for (long offset = 0; offset < dataset.rowsImported(); offset += PAGE) {
            context.checkCancelled();
            context.progress((double) offset / dataset.rowsImported(), "Reading " + dataset.name());
            readPage(workspace, dataset, columns, features, target, merges, offset, rows, rowNumbers);
        }
        return rows;
    }

    /**
     * Adds the rows after row number {@code offset} (a page of {@link #PAGE}) to {@code rows}, as
     * {@link #readRows} reads them.
     */
    static void readPage(Workspace workspace, DatasetInfo dataset, List<ColumnInfo> columns,
                         List<ColumnInfo> features, ColumnInfo target, Map<String, Map<String, String>> merges,
                         long offset, List<Object[]> rows, List<Long> rowNumbers) {
        int[] index = new int[features.size()];
        for (int f = 0; f < features.size(); f++) {
            index[f] = columns.indexOf(features.get(f));
        }
        int targetIndex = target == null ? -1 : columns.indexOf(target);
        for (StoredRow stored : workspace.datasets().rows(dataset, offset, PAGE)) {
            Object targetValue = targetIndex < 0 ? null : stored.values().get(targetIndex);
            if (targetValue == null && rowNumbers == null) {
                continue;
            }
            if (rowNumbers != null) {
                rowNumbers.add(stored.rowNumber());
            }
            Object[] row = new Object[features.size() + 1];
            for (int f = 0; f < features.size(); f++) {
                row[f] = featureValue(features.get(f), stored.values().get(index[f]), merges);
            }
            row[features.size()] = targetValue;
            rows.add(row);
        }
    }

    static Object featureValue(ColumnInfo column, Object value, Map<String, Map<String, String>> merges) {
        if (value == null) {
            return null;
        }
        if (column.type() == ColumnType.BOOLEAN) {
            return DisplayValues.format(value, column);
        }
        if (value instanceof String s) {
            Map<String, String> m = merges.get(column.name());
            return m == null ? s : m.getOrDefault(s, s);
        }
        if (value instanceof LocalDateTime t) {
            return (double) t.toEpochSecond(ZoneOffset.UTC) / 86_400;
        }
        return ((Number) value).doubleValue();
    }

    static Instances toInstances(String name, ModelSchema schema, List<Object[]> rows) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (FeatureSpec spec : schema.features()) {
            attributes.add(spec.nominal() ? new Attribute(spec.column(), new ArrayList<>(spec.values()))
                    : new Attribute(spec.column()));
        }
        attributes.add(new Attribute(schema.target(), new ArrayList<>(List.of(ModelSchema.STAY, ModelSchema.CHURN))));
        Instances data = new Instances(name, attributes, rows.size());
        data.setClassIndex(attributes.size() - 1);
        int width = attributes.size();
        for (Object[] row : rows) {
            double[] values = new double[width];
            for (int f = 0; f < width - 1; f++) {
                Object v = row[f];
                if (v == null) {
                    values[f] = Utils.missingValue();
                } else if (v instanceof String s) {
                    int at = attributes.get(f).indexOfValue(s);
                    values[f] = at < 0 ? Utils.missingValue() : at; // a value the model never saw
                } else {
                    values[f] = (Double) v;
                }
            }
            Object outcome = row[width - 1];
            values[width - 1] = outcome == null ? Utils.missingValue()
                    : String.valueOf(outcome).equals(schema.churnValue()) ? 1 : 0;
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }
}
