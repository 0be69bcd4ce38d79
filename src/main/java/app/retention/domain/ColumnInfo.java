package app.retention.domain;

/**
 * A stored column with its statistics from import.
 *
 * @param label the label a user gave the column, or null for its humanised name ({@link #displayLabel()})
 */
public record ColumnInfo(int position, String name, String sqlName, ColumnType type, ColumnRole role,
                         long missing, long distinct, String trueLabel, String falseLabel, String format,
                         String label) {

    /** A column without a label of its own. */
    public ColumnInfo(int position, String name, String sqlName, ColumnType type, ColumnRole role,
                      long missing, long distinct, String trueLabel, String falseLabel, String format) {
        this(position, name, sqlName, type, role, missing, distinct, trueLabel, falseLabel, format, null);
    }

    /** How people read the column's name: its label, or its name humanised. */
    public String displayLabel() {
        return label != null ? label : ColumnLabels.humanise(name);
    }

    public double missingShare(long rows) {
        return rows == 0 ? 0 : (double) missing / rows;
    }
}
