package app.retention.usecase;

import app.retention.domain.ColumnInfo;
import app.retention.segment.SegmentException;
import app.retention.segment.SegmentService;

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

    /**
     * The column to read among {@code columns}, or null for none.
     *
     * @throws SegmentException when the named column is missing or not numeric (its value would count as 0)
     */
    public String resolve(List<ColumnInfo> columns) {
        if (column != null) {
            ColumnInfo named = columns.stream().filter(c -> c.name().equals(column.strip())).findFirst()
                    .orElseThrow(() -> new SegmentException("--value-column: there is no column `" + column
                            + "` to take customer value from. Columns: " + String.join(", ",
                            columns.stream().map(ColumnInfo::name).toList()) + "."));
            if (!named.type().isNumeric()) {
                throw new SegmentException("--value-column: column `" + named.name() + "` is a "
                        + named.type().label() + " column; customer value must be a number (an integer or "
                        + "decimal column).");
            }
            return named.name();
        }
        return guess ? SegmentService.guessValueColumn(columns).orElse(null) : null;
    }
}
