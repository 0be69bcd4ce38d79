package app.retention.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which value of a target column means "churned". */
public final class ChurnValues {

    private static final Set<String> CHURN_SPELLINGS = Set.of("yes", "y", "true", "1", "churn", "churned", "exited",
            "left", "attrited", "attrited customer", "sim", "si", "sí", "cancelled", "canceled", "lost");

    private ChurnValues() {
    }

    /**
     * True for a boolean target; otherwise the value spelled like churn (Yes, 1, Exited, ...), or else the
     * rarer value.
     *
     * @param values the target's distinct present values
     * @param counts how many rows have each value
     */
    public static Object churnValue(ColumnInfo target, List<Object> values, long[] counts) {
        if (target.type() == ColumnType.BOOLEAN) {
            return Boolean.TRUE;
        }
        for (Object value : values) {
            if (CHURN_SPELLINGS.contains(String.valueOf(value).toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        Object rarest = null;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < values.size(); i++) {
            if (counts[i] < fewest) {
                fewest = counts[i];
                rarest = values.get(i);
            }
        }
        return rarest;
    }
}
