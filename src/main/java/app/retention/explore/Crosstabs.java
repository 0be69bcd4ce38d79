package app.retention.explore;

import app.retention.domain.ChurnDefinition;
import app.retention.domain.CrossCell;
import app.retention.domain.DatasetInfo;
import app.retention.domain.Grouping;
import app.retention.domain.RowFilter;
import app.retention.store.DatasetQueries;

import java.util.List;
import java.util.Map;

/** Builds crosstabs: SQL groups by value or bin, merges and rare categories folded in Java. */
final class Crosstabs {

    private Crosstabs() {
    }

    /** The groups of one axis: labels, selectors, and which group a stored key falls in. */
    private record Axis(List<RateGroup> groups, Grouping grouping, Map<String, String> merges) {

        int indexOf(Object key) {
            if (grouping.binned()) {
                int bin = (Integer) key;
                if (bin < 0) {
                    return groups.size() - 1; // the missing group is last
                }
                return bin;
            }
            Object value = key instanceof String s && merges != null ? merges.getOrDefault(s, s) : key;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).selector() instanceof RowFilter.In sel
                        && sel.values().stream().anyMatch(v -> java.util.Objects.equals(v, value))) {
                    return i;
                }
            }
            return -1;
        }
    }

    static Crosstab build(DatasetQueries queries, DatasetInfo dataset, ChurnDefinition churn, double baseRate,
                          ColumnDistribution rows, ColumnDistribution cols, int bins, Map<String, Map<String, String>> merges) {
        Axis rowAxis = axis(rows, bins, baseRate, merges);
        Axis colAxis = cols == null ? null : axis(cols, bins, baseRate, merges);
        int nr = rowAxis.groups().size();
        int nc = colAxis == null ? 1 : colAxis.groups().size();
        long[][] count = new long[nr][nc];
        long[][] churners = new long[nr][nc];
        for (CrossCell cell : queries.crosstab(dataset, rowAxis.grouping(), colAxis == null ? null : colAxis.grouping(), churn)) {
            int r = rowAxis.indexOf(cell.first());
            int c = colAxis == null ? 0 : colAxis.indexOf(cell.second());
            if (r >= 0 && c >= 0) {
                count[r][c] += cell.count();
                churners[r][c] += cell.churners();
            }
        }
        RateGroup[][] cells = new RateGroup[nr][nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                RateGroup rg = rowAxis.groups().get(r);
                String label = colAxis == null ? rg.label() : rg.label() + " × " + colAxis.groups().get(c).label();
                String description = colAxis == null ? rg.description()
                        : rg.description() + " and " + colAxis.groups().get(c).description();
                cells[r][c] = RateGroups.group(label, description, count[r][c], churners[r][c], baseRate, null);
            }
        }
        return new Crosstab(rows.column().name(), cols == null ? null : cols.column().name(),
                rowAxis.groups().stream().map(RateGroup::label).toList(),
                colAxis == null ? List.of("All") : colAxis.groups().stream().map(RateGroup::label).toList(), cells, baseRate,
                rowAxis.groups().stream().map(RateGroup::selector).toList(),
                colAxis == null ? List.of() : colAxis.groups().stream().map(RateGroup::selector).toList(),
                rows.column().displayLabel(), cols == null ? null : cols.column().displayLabel());
    }

    private static Axis axis(ColumnDistribution d, int bins, double baseRate, Map<String, Map<String, String>> merges) {
        List<RateGroup> groups = RateGroups.of(d, bins, baseRate);
        Grouping grouping = d.column().type().isNumeric()
                ? new Grouping(d.column(), RateGroups.quantileCuts(d, bins)) : Grouping.byValue(d.column());
        if (!grouping.binned()) {
            // pooled "Other" holds several values; the missing group holds null
            return new Axis(groups, grouping, merges.get(d.column().name()));
        }
        return new Axis(groups, grouping, null);
    }

}
