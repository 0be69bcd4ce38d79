package app.retention.model;

import app.retention.domain.ColumnType;

import java.util.List;

/** One model input: a dataset column, and for a nominal input its values in header order. */
public record FeatureSpec(String column, ColumnType type, List<String> values) {

    public boolean nominal() {
        return values != null;
    }
}
