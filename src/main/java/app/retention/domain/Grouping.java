package app.retention.domain;

/**
 * How to group a column in a crosstab: by its values, or into bins by ascending cut points
 * (bin 0 is below {@code cuts[0]}, bin k is from {@code cuts[k-1]} up to {@code cuts[k]}; -1 is missing).
 */
public record Grouping(ColumnInfo column, double[] cuts) {

    public static Grouping byValue(ColumnInfo column) {
        return new Grouping(column, null);
    }

    public boolean binned() {
        return cuts != null;
    }
}
