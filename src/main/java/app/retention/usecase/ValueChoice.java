package app.retention.usecase;

import app.retention.segment.SegmentService;
import app.retention.store.ColumnInfo;

import java.util.List;

/**
 * Which column holds customer value: a column named by the user, none, or the best guess from the column names
 * (clv, ltv, value, revenue...).
 *
 * @param column the column, when named; null for a guess or none
 * @param guess  whether to guess when no column is named
 */
public record ValueChoice(String column, boolean guess) {

    /** A column named like clv, ltv, value or revenue, if there is one. */
    public static ValueChoice guessed() {
        return new ValueChoice(null, true);
    }

    /** This column, or a guess when {@code column} is null (a CLI option left out). */
    public static ValueChoice column(String column) {
        return column == null ? guessed() : new ValueChoice(column, false);
    }

    /** No value column: value at risk is not computed. */
    public static ValueChoice none() {
        return new ValueChoice(null, false);
    }

    /** The column to read among {@code columns}, or null for none. */
    public String resolve(List<ColumnInfo> columns) {
        if (column != null) {
            return column;
        }
        return guess ? SegmentService.guessValueColumn(columns).orElse(null) : null;
    }
}
