package app.retention.model;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** One model input: a dataset column, and for a nominal input its values in header order. */
public record FeatureSpec(String column, ColumnType type, List<String> values) {

    public boolean nominal() {
        return values != null;
    }

    /** Whether a column of this type enters a model as categories. */
    static boolean nominalType(ColumnType type) {
        return type == ColumnType.CATEGORY || type == ColumnType.TEXT || type == ColumnType.BOOLEAN;
    }

    /**
     * The inputs read from {@code features}, a nominal one with the values {@code rows} hold (one value per feature
     * in a row) in sorted order, so that two datasets with the same values get the same header.
     */
    static List<FeatureSpec> of(List<ColumnInfo> features, List<Object[]> rows) {
        List<FeatureSpec> specs = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            ColumnInfo column = features.get(f);
            TreeSet<String> values = new TreeSet<>();
            if (nominalType(column.type())) {
                for (Object[] row : rows) {
                    if (row[f] != null) {
                        values.add((String) row[f]);
                    }
                }
            }
            specs.add(new FeatureSpec(column.name(), column.type(), nominalType(column.type())
                    ? List.copyOf(values) : null));
        }
        return specs;
    }
}
