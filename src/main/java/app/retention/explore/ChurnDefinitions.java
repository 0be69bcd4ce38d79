package app.retention.explore;

import app.retention.data.DisplayValues;
import app.retention.store.ChurnDefinition;
import app.retention.store.ColumnInfo;
import app.retention.store.ColumnRole;
import app.retention.store.ColumnType;
import app.retention.store.DatasetInfo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds a dataset's churn column and which of its values means "churned". */
final class ChurnDefinitions {

    private static final Set<String> CHURN_SPELLINGS = Set.of("yes", "y", "true", "1", "churn", "churned", "exited",
            "left", "attrited", "attrited customer", "sim", "si", "sí", "cancelled", "canceled", "lost");

    private ChurnDefinitions() {
    }

    static Optional<ColumnInfo> targetColumn(DatasetInfo dataset, List<ColumnInfo> columns) {
        return columns.stream().filter(c -> c.role() == ColumnRole.TARGET).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equals(dataset.targetColumn())).findFirst());
    }

    /** The churn value: true for booleans; otherwise the churn-like spelling, or the rarer of two values. */
    static ChurnDefinition of(ColumnInfo target, ColumnDistribution distribution) {
        if (target.type() == ColumnType.BOOLEAN) {
            return new ChurnDefinition(target, Boolean.TRUE);
        }
        for (Object value : distribution.values()) {
            if (CHURN_SPELLINGS.contains(String.valueOf(value).toLowerCase(Locale.ROOT))) {
                return new ChurnDefinition(target, value);
            }
        }
        Object rarest = null;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < distribution.size(); i++) {
            if (distribution.counts()[i] < fewest) {
                fewest = distribution.counts()[i];
                rarest = distribution.values().get(i);
            }
        }
        return new ChurnDefinition(target, rarest);
    }

    static String label(ChurnDefinition churn) {
        return DisplayValues.format(churn.churnValue(), churn.target());
    }
}
