package app.retention.data;

import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnSpec;
import app.retention.domain.ColumnType;

import java.util.List;

/**
 * One column as the import will write it: the inferred type and role, and what the user chose instead.
 *
 * @param sourceIndex position of the column in the source (0-based)
 * @param missing     missing values found in the first pass
 * @param distinct    distinct values seen in the first pass, or -1 when more than 10,000
 * @param trueLabel   for booleans, the source's spelling of true
 * @param format      a date pattern or "decimal comma", or null
 * @param examples    a few values as written in the source
 */
public record ColumnPlan(int sourceIndex, String name, ColumnType type, ColumnRole role,
                         ColumnType inferredType, ColumnRole inferredRole, long missing, long distinct,
                         String trueLabel, String falseLabel, String format, List<String> examples) {

    public ColumnPlan withType(ColumnType newType) {
        if (newType == type) {
            return this;
        }
        // a user-chosen type reads values by the general rules of that type, not the inferred format
        boolean keepDetails = newType == inferredType;
        return new ColumnPlan(sourceIndex, name, newType, role, inferredType, inferredRole, missing, distinct,
                keepDetails ? trueLabel : null, keepDetails ? falseLabel : null, keepDetails ? format : null, examples);
    }

    public ColumnPlan withRole(ColumnRole newRole) {
        return new ColumnPlan(sourceIndex, name, type, newRole, inferredType, inferredRole, missing, distinct,
                trueLabel, falseLabel, format, examples);
    }

    /** The column as the store is told to write it. */
    public ColumnSpec spec() {
        return new ColumnSpec(name, type, role, trueLabel, falseLabel, format);
    }
}
