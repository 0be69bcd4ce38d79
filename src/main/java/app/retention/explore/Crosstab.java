package app.retention.explore;

import app.retention.domain.ColumnLabels;
import app.retention.domain.RowFilter;

import java.util.List;

/**
 * Churn rate by one or two columns: rows are the groups of the first column, columns those of the second
 * (a single column "All" when there is no second). {@code cells[row][col]} may hold 0 customers. The
 * customers of a cell are those matching its row selector and, if any, its column selector. {@code rowTitle} and
 * {@code columnTitle} name the two columns to people (their labels).
 */
public record Crosstab(String rowColumn, String columnColumn, List<String> rowLabels, List<String> columnLabels,
                       RateGroup[][] cells, double baseRate, List<RowFilter> rowSelectors,
                       List<RowFilter> columnSelectors, String rowTitle, String columnTitle) {

    /** A table whose columns are named by their humanised names. */
    public Crosstab(String rowColumn, String columnColumn, List<String> rowLabels, List<String> columnLabels,
                    RateGroup[][] cells, double baseRate, List<RowFilter> rowSelectors,
                    List<RowFilter> columnSelectors) {
        this(rowColumn, columnColumn, rowLabels, columnLabels, cells, baseRate, rowSelectors, columnSelectors,
                ColumnLabels.humanise(rowColumn), columnColumn == null ? null : ColumnLabels.humanise(columnColumn));
    }

    /** The selectors of the customers in one cell, for {@link ExploreService#preview}. */
    public List<RowFilter> selectorsOf(int row, int column) {
        return columnSelectors.isEmpty() ? List.of(rowSelectors.get(row))
                : List.of(rowSelectors.get(row), columnSelectors.get(column));
    }
}
