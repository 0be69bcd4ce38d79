package app.retention.domain;

/** A stored column with its statistics from import. */
public record ColumnInfo(int position, String name, String sqlName, ColumnType type, ColumnRole role,
                         long missing, long distinct, String trueLabel, String falseLabel, String format) {

    public double missingShare(long rows) {
        return rows == 0 ? 0 : (double) missing / rows;
    }
}
