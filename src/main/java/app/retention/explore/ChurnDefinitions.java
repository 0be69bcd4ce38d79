package app.retention.explore;

import app.retention.data.ChurnValues;
import app.retention.data.DisplayValues;
import app.retention.domain.ChurnDefinition;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;

import java.util.List;
import java.util.Optional;

/** Finds a dataset's churn column and which of its values means "churned". */
final class ChurnDefinitions {

    private ChurnDefinitions() {
    }

    static Optional<ColumnInfo> targetColumn(DatasetInfo dataset, List<ColumnInfo> columns) {
        return columns.stream().filter(c -> c.role() == ColumnRole.TARGET).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equals(dataset.targetColumn())).findFirst());
    }

    /** The churn value: true for booleans; otherwise the churn-like spelling, or the rarer of two values. */
    static ChurnDefinition of(ColumnInfo target, ColumnDistribution distribution) {
        return new ChurnDefinition(target, ChurnValues.churnValue(target, distribution.values(), distribution.counts()));
    }

    static String label(ChurnDefinition churn) {
        return DisplayValues.format(churn.churnValue(), churn.target());
    }
}
