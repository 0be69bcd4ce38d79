package app.retention.explore;

import java.util.List;

/**
 * Churn rate by one or two columns: rows are the groups of the first column, columns those of the second
 * (a single column "All" when there is no second). {@code cells[row][col]} may hold 0 customers. The
 * customers of a cell are those matching its row selector and, if any, its column selector.
 */
public record Crosstab(String rowColumn, String columnColumn, List<String> rowLabels, List<String> columnLabels,
                       RateGroup[][] cells, double baseRate, List<GroupSelector> rowSelectors,
                       List<GroupSelector> columnSelectors) {

    /** The selectors of the customers in one cell, for {@link ExploreService#preview}. */
    public List<GroupSelector> selectorsOf(int row, int column) {
        return columnSelectors.isEmpty() ? List.of(rowSelectors.get(row))
                : List.of(rowSelectors.get(row), columnSelectors.get(column));
    }
}
