package app.retention.store;

import app.retention.domain.ChurnDefinition;
import app.retention.domain.ColumnInfo;
import app.retention.domain.CrossCell;
import app.retention.domain.DatasetInfo;
import app.retention.domain.FilteredRows;
import app.retention.domain.Grouping;
import app.retention.domain.RowFilter;
import app.retention.domain.StoredRow;
import app.retention.domain.ValueGroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Aggregates computed inside H2 for exploring a dataset: value distributions with churn counts,
 * crosstabs, duplicates and filtered previews. Nothing here loads a dataset's rows into Java.
 */
public final class DatasetQueries {

    private final Workspace workspace;

    DatasetQueries(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Streams the column's distinct values in ascending order (missing first) with their row and churner
     * counts: {@code SELECT value, COUNT(*), SUM(churned) ... GROUP BY value}.
     *
     * @param churn null to count rows only (churners then 0)
     */
    public void forEachValue(DatasetInfo dataset, ColumnInfo column, ChurnDefinition churn, Consumer<ValueGroup> sink) {
        String sql = "SELECT " + column.sqlName() + ", COUNT(*), " + churnSum(churn) + " FROM " + dataset.tableName()
                + " GROUP BY " + column.sqlName() + " ORDER BY " + column.sqlName() + " NULLS FIRST";
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bindChurn(ps, 1, churn);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new ValueGroup(StoredValues.read(rs, 1, column.type()), rs.getLong(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure("group " + column.name() + " of " + dataset.reference(), e);
        }
    }

    /** How many rows have a value in the column (missing ones not counted). */
    public long countPresent(DatasetInfo dataset, ColumnInfo column) {
        return new Jdbc(workspace).queryFirst("count the values of " + column.name() + " in " + dataset.reference(),
                "SELECT COUNT(" + column.sqlName() + ") FROM " + dataset.tableName(), rs -> rs.getLong(1))
                .orElse(0L);
    }

    /**
     * Hands the column's values to {@code each} in ascending order, one per row, missing ones left out, until it
     * returns false: H2 sorts on disk past its in-memory row limit, so order statistics of a million rows are read
     * without holding them.
     */
    public void forEachSorted(DatasetInfo dataset, ColumnInfo column, java.util.function.Predicate<Object> each) {
        String sql = "SELECT " + column.sqlName() + " FROM " + dataset.tableName() + " WHERE " + column.sqlName()
                + " IS NOT NULL ORDER BY " + column.sqlName();
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!each.test(StoredValues.read(rs, 1, column.type()))) {
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure("sort " + column.name() + " of " + dataset.reference(), e);
        }
    }

    /** Rows and churners for each combination of two groupings; {@code second} may be null for one column. */
    public List<CrossCell> crosstab(DatasetInfo dataset, Grouping first, Grouping second, ChurnDefinition churn) {
        List<Object> params = new ArrayList<>();
        String a = groupExpression(first, params);
        String b = second == null ? "NULL" : groupExpression(second, params);
        String sql = "SELECT g1, g2, COUNT(*), SUM(ch) FROM (SELECT " + a + " AS g1, " + b + " AS g2, "
                + churnFlag(churn) + " AS ch FROM " + dataset.tableName() + ") GROUP BY g1, g2";
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            bindChurn(ps, i, churn);
            List<CrossCell> cells = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.add(new CrossCell(key(rs, 1, first), second == null ? null : key(rs, 2, second),
                            rs.getLong(3), rs.getLong(4)));
                }
            }
            return cells;
        } catch (SQLException e) {
            throw Jdbc.failure("cross " + first.column().name() + " of " + dataset.reference(), e);
        }
    }

    private static Object key(ResultSet rs, int index, Grouping grouping) throws SQLException {
        if (grouping.binned()) {
            return rs.getInt(index);
        }
        return StoredValues.read(rs, index, grouping.column().type());
    }

    private static String groupExpression(Grouping g, List<Object> params) {
        String col = g.column().sqlName();
        if (!g.binned()) {
            return col;
        }
        StringBuilder sql = new StringBuilder("CASE WHEN ").append(col).append(" IS NULL THEN -1");
        for (int i = 0; i < g.cuts().length; i++) {
            sql.append(" WHEN ").append(col).append(" < ? THEN ").append(i);
            params.add(g.cuts()[i]);
        }
        return sql.append(" ELSE ").append(g.cuts().length).append(" END").toString();
    }

    /** Rows that appear more than once (all columns equal), counted beyond their first occurrence. */
    public long duplicateRows(DatasetInfo dataset, List<ColumnInfo> columns) {
        if (columns.isEmpty()) {
            return 0;
        }
        String cols = columns.stream().map(ColumnInfo::sqlName).collect(Collectors.joining(", "));
        String sql = "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM " + dataset.tableName()
                + " GROUP BY " + cols + " HAVING COUNT(*) > 1)";
        try (Connection c = workspace.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw Jdbc.failure("count duplicate rows of " + dataset.reference(), e);
        }
    }

    /** The first rows (in import order) matching every filter, and how many match in all. */
    public FilteredRows rowsWhere(DatasetInfo dataset, List<ColumnInfo> columns, List<RowFilter> filters, int limit) {
        List<Object> params = new ArrayList<>();
        String where = filters.stream().map(f -> condition(f, params)).collect(Collectors.joining(" AND "));
        String whereSql = where.isEmpty() ? "" : " WHERE " + where;
        String select = columns.stream().map(ColumnInfo::sqlName).collect(Collectors.joining(", "));
        try (Connection c = workspace.connection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + dataset.tableName() + whereSql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<StoredRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT row_no, source_line, " + select + " FROM "
                    + dataset.tableName() + whereSql + " ORDER BY row_no FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY")) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Object> values = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            values.add(StoredValues.read(rs, i + 3, columns.get(i).type()));
                        }
                        rows.add(new StoredRow(rs.getLong(1), rs.getLong(2), values));
                    }
                }
            }
            return new FilteredRows(total, rows);
        } catch (SQLException e) {
            throw Jdbc.failure("preview rows of " + dataset.reference(), e);
        }
    }

    /** Rows matching a filter: the total and the first ones. */
    private static String condition(RowFilter f, List<Object> params) {
        String col = f.column().sqlName();
        List<String> parts = new ArrayList<>();
        if (f instanceof RowFilter.In in) {
            List<Object> present = in.values().stream().filter(v -> v != null).toList();
            if (!present.isEmpty()) {
                parts.add(col + " IN (" + present.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")");
                params.addAll(present);
            }
            if (present.size() < in.values().size()) {
                parts.add(col + " IS NULL");
            }
            return parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")";
        }
        RowFilter.Range range = (RowFilter.Range) f; // the only other kind of a sealed filter
        if (range.from() != null) {
            parts.add(col + " >= ?");
            params.add(range.from());
        }
        if (range.to() != null) {
            parts.add(col + " < ?");
            params.add(range.to());
        }
        return parts.isEmpty() ? col + " IS NOT NULL" : "(" + String.join(" AND ", parts) + ")";
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static String churnSum(ChurnDefinition churn) {
        return churn == null ? "0" : "SUM(" + churnFlag(churn) + ")";
    }

    private static String churnFlag(ChurnDefinition churn) {
        return churn == null ? "0" : "CASE WHEN " + churn.target().sqlName() + " = ? THEN 1 ELSE 0 END";
    }

    private static void bindChurn(PreparedStatement ps, int index, ChurnDefinition churn) throws SQLException {
        if (churn != null) {
            ps.setObject(index, churn.churnValue());
        }
    }
}
