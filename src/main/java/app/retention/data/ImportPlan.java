package app.retention.data;

import app.retention.domain.ColumnRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the first pass over a file found, shown to the user before anything is written: columns with
 * inferred types and roles (editable), a preview, and rows that cannot be read.
 *
 * @param sourceDetail encoding and delimiter, or the sheet
 * @param sheets       the workbook's sheets (empty unless XLSX)
 * @param preview      the first rows as text, in column order
 * @param rowsRead     data records read (header and blank lines excluded)
 * @param problems     rows that will be quarantined (wrong field count), the first {@value #MAX_PROBLEMS}
 * @param problemCount all such rows
 */
public record ImportPlan(SourceInspection source, String sourceDetail, String sheet, List<String> sheets,
                         List<ColumnPlan> columns, List<List<String>> preview, long rowsRead,
                         List<RowProblem> problems, long problemCount, String suggestedName) {

    public static final int MAX_PROBLEMS = 1000;

    /** The column the user marked as the churn target, if any. */
    public Optional<ColumnPlan> target() {
        return columns.stream().filter(c -> c.role() == ColumnRole.TARGET).findFirst();
    }

    /** A copy with one column replaced (by source position). */
    public ImportPlan withColumn(ColumnPlan column) {
        List<ColumnPlan> updated = new ArrayList<>(columns);
        for (int i = 0; i < updated.size(); i++) {
            ColumnPlan c = updated.get(i);
            if (c.sourceIndex() == column.sourceIndex()) {
                updated.set(i, column);
            } else if (column.role() == ColumnRole.TARGET && c.role() == ColumnRole.TARGET) {
                // one target per dataset: the previous one becomes a feature
                updated.set(i, c.withRole(ColumnRole.FEATURE));
            }
        }
        return new ImportPlan(source, sourceDetail, sheet, sheets, List.copyOf(updated), preview, rowsRead,
                problems, problemCount, suggestedName);
    }

    public Optional<ColumnPlan> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
